import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { inject, isDevMode, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { SessionStore } from './auth/session.store';
import { errorInterceptor } from './http/error.interceptor';
import { LanguageService } from './i18n/language.service';
import { DEFAULT_LOCALE, UI_LOCALES } from './i18n/locales';
import { TranslocoHttpLoader } from './i18n/transloco-http.loader';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';

/**
 * Everything the web client needs before its first page: HTTP with CSRF header and global error
 * handling, translations, translated page titles, and the restored session. (Material settings
 * for forms and dates: `provideLotseMaterial()` in @lotse/web/ui, registered by the features.)
 */
export function provideLotseCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(
      withFetch(),
      withInterceptors([errorInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideTransloco({
      config: {
        availableLangs: UI_LOCALES,
        defaultLang: DEFAULT_LOCALE,
        fallbackLang: DEFAULT_LOCALE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(initialise),
  ]);
}

async function initialise(): Promise<void> {
  inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined', 'mat-ligature-font');
  const session = inject(SessionStore);
  const language = inject(LanguageService);
  const user = await session.restore();
  try {
    await language.start(user);
  } catch {
    // Translations unreachable: the app still starts; Transloco retries on the next switch.
  }
}
