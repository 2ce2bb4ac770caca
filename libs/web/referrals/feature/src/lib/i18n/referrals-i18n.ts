import { inject, provideEnvironmentInitializer, type EnvironmentProviders, type Provider } from '@angular/core';
import { Router, TitleStrategy, type CanActivateFn } from '@angular/router';
import { TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import { EMPTY, catchError, map, of, skip, switchMap } from 'rxjs';

/**
 * The referral guide pages (directory, demand figures, public Wegweiser) keep their texts in a Transloco scope of their own:
 * `apps/web/public/i18n/referrals/<lang>.json`, loaded through the app's HTTP loader as
 * `referrals/<lang>` (→ `/i18n/referrals/<lang>.json`) and addressed as `referrals.<key>`.
 */
export const REFERRALS_SCOPE = 'referrals';

/**
 * Loads the scope for the active language before a referral page is activated, so that the route's
 * title (translated by the app's title strategy right after the navigation) and the first render
 * never show raw keys. A failed load does not block the page: Transloco falls back to German.
 */
export const referralsTranslationsLoaded: CanActivateFn = () => {
  const transloco = inject(TranslocoService);
  return transloco.load(`${REFERRALS_SCOPE}/${transloco.getActiveLang()}`).pipe(
    map(() => true),
    catchError(() => of(true)),
  );
};

/**
 * Route providers of the referral pages: the scope for `transloco` pipes below the route, and a
 * title refresh after a language switch. (The shell's title strategy re-translates on the switch
 * itself, which happens before this scope is loaded in the new language.)
 */
export function provideReferralsI18n(): Array<Provider | EnvironmentProviders> {
  return [
    provideTranslocoScope(REFERRALS_SCOPE),
    provideEnvironmentInitializer(() => {
      const transloco = inject(TranslocoService);
      const router = inject(Router);
      const titles = inject(TitleStrategy);
      transloco.langChanges$
        .pipe(
          skip(1),
          switchMap((lang) => transloco.load(`${REFERRALS_SCOPE}/${lang}`).pipe(catchError(() => EMPTY))),
        )
        .subscribe(() => titles.updateTitle(router.routerState.snapshot));
    }),
  ];
}
