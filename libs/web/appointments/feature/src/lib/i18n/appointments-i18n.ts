import { inject, provideEnvironmentInitializer, type EnvironmentProviders, type Provider } from '@angular/core';
import { Router, TitleStrategy, type CanActivateFn } from '@angular/router';
import { TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import { EMPTY, catchError, map, of, skip, switchMap } from 'rxjs';

/**
 * The appointment pages (public booking, confirm, cancel; the staff day list) keep their texts in a Transloco scope of their own:
 * `apps/web/public/i18n/appointments/<lang>.json`, loaded through the app's HTTP loader as
 * `appointments/<lang>` and addressed as `appointments.<key>`.
 */
export const APPOINTMENTS_SCOPE = 'appointments';

/**
 * Loads the scope for the active language before an appointment page is activated, so that the route's
 * title (translated by the app's title strategy right after the navigation) and the first render
 * never show raw keys. A failed load does not block the page: Transloco falls back to German.
 */
export const appointmentsTranslationsLoaded: CanActivateFn = () => {
  const transloco = inject(TranslocoService);
  return transloco.load(`${APPOINTMENTS_SCOPE}/${transloco.getActiveLang()}`).pipe(
    map(() => true),
    catchError(() => of(true)),
  );
};

/**
 * Route providers of the appointment pages: the scope for `transloco` pipes below the route, and a
 * title refresh after a language switch. (The shell's title strategy re-translates on the switch
 * itself, which happens before this scope is loaded in the new language.)
 */
export function provideAppointmentsI18n(): Array<Provider | EnvironmentProviders> {
  return [
    provideTranslocoScope(APPOINTMENTS_SCOPE),
    provideEnvironmentInitializer(() => {
      const transloco = inject(TranslocoService);
      const router = inject(Router);
      const titles = inject(TitleStrategy);
      transloco.langChanges$
        .pipe(
          skip(1),
          switchMap((lang) => transloco.load(`${APPOINTMENTS_SCOPE}/${lang}`).pipe(catchError(() => EMPTY))),
        )
        .subscribe(() => titles.updateTitle(router.routerState.snapshot));
    }),
  ];
}
