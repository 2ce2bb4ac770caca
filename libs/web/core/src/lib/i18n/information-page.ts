import { inject } from '@angular/core';
import type { ActivatedRouteSnapshot, CanActivateFn, Route } from '@angular/router';
import { LanguageService } from './language.service';
import { INFORMATION_PAGE_DATA } from './locales';

/**
 * Before an information page is shown: its language is the one asked for with `?lang=tr` (then
 * remembered) or this device's last choice, in any of the five UI languages. Never blocks the
 * page: if a translation file cannot be loaded, Transloco shows German.
 */
export const informationLanguages: CanActivateFn = async (route) => {
  await inject(LanguageService)
    .enterInformationPage(route.queryParamMap.get('lang'))
    .catch(() => undefined);
  return true;
};

/**
 * Spread into a public route whose texts exist in all five languages (German, English, Turkish,
 * Arabic, Ukrainian), e.g. `{ path: 'familienbuero', ...INFORMATION_PAGE, loadChildren: … }`.
 * Its scope files must then exist as `<scope>/{de,en,tr,ar,uk}.json`. The guard runs again when
 * only the query changes, so a link to `?lang=ar` switches on the same page.
 */
export const INFORMATION_PAGE: Pick<Route, 'data' | 'canActivate' | 'runGuardsAndResolvers'> = {
  data: { [INFORMATION_PAGE_DATA]: true },
  canActivate: [informationLanguages],
  runGuardsAndResolvers: 'paramsOrQueryParamsChange',
};

/** Whether any route of the activated branch is an information page. */
export function isInformationPage(snapshot: ActivatedRouteSnapshot | null): boolean {
  for (let route = snapshot; route; route = route.firstChild) {
    if (route.routeConfig?.data?.[INFORMATION_PAGE_DATA] === true) return true;
  }
  return false;
}
