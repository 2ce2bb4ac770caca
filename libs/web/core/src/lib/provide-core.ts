import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { inject, isDevMode, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatIconRegistry } from '@angular/material/icon';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { SessionStore } from './auth/session.store';
import { LotseDateAdapter } from './date/lotse-date-adapter';
import { errorInterceptor } from './http/error.interceptor';
import { LanguageService } from './i18n/language.service';
import { DEFAULT_LOCALE, LOCALE_TAGS, SUPPORTED_LOCALES, isLocale } from './i18n/locales';
import { TranslatedDatepickerIntl, TranslatedPaginatorIntl } from './i18n/material-intl';
import { TranslocoHttpLoader } from './i18n/transloco-http.loader';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';

/**
 * Everything the web client needs before its first page: HTTP with CSRF header and global error
 * handling, translations, German date handling, and the restored session.
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
        availableLangs: SUPPORTED_LOCALES,
        defaultLang: DEFAULT_LOCALE,
        fallbackLang: DEFAULT_LOCALE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    { provide: MAT_DATE_LOCALE, useValue: LOCALE_TAGS[DEFAULT_LOCALE] },
    { provide: DateAdapter, useClass: LotseDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } },
    provideAppInitializer(initialise),
  ]);
}

async function initialise(): Promise<void> {
  inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
  const session = inject(SessionStore);
  const language = inject(LanguageService);
  const user = await session.restore();
  // A signed-in user's saved language wins over this device's last choice.
  const lang = user && isLocale(user.locale) ? user.locale : language.stored();
  try {
    await language.apply(lang);
  } catch {
    // Translations unreachable: the app still starts; Transloco retries on the next switch.
  }
}
