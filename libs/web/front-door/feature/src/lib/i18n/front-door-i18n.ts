import { inject, type EnvironmentProviders, type Provider } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';

/**
 * The public front-door pages keep their texts in a Transloco scope of their own, in all five UI
 * languages: `apps/web/public/i18n/front-door/{de,en,tr,ar,uk}.json`, loaded through the app's HTTP
 * loader as `front-door/<lang>` and addressed as `frontDoor.<key>`.
 */
export const FRONT_DOOR_SCOPE = 'front-door';
export const FRONT_DOOR_ALIAS = 'frontDoor';

/**
 * Loads the scope for the active language before the page is activated (the route's
 * `INFORMATION_PAGE` guard has set that language just before), so the first render never shows
 * raw keys. A failed load does not block the page: Transloco falls back to German.
 */
export const frontDoorTranslationsLoaded: CanActivateFn = () => {
  const transloco = inject(TranslocoService);
  return transloco.load(`${FRONT_DOOR_SCOPE}/${transloco.getActiveLang()}`).pipe(
    map(() => true),
    catchError(() => of(true)),
  );
};

/** Route providers: the scope for the `transloco` pipes below the route (they load it again on a language switch). */
export function provideFrontDoorI18n(): Array<Provider | EnvironmentProviders> {
  return [provideTranslocoScope({ scope: FRONT_DOOR_SCOPE, alias: FRONT_DOOR_ALIAS })];
}
