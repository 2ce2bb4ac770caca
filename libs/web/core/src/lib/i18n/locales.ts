import type { Locale } from '@lotse/shared/contracts';

/**
 * Two kinds of UI language:
 * - **profile languages** (`Locale` of the contracts: German, English): every page is translated,
 *   a signed-in user's choice is saved in her profile;
 * - **information languages** (Turkish, Arabic, Ukrainian): only the public information pages
 *   (the Familienbüro page, booking, contact form, directory) and the shell around them are
 *   translated. Elsewhere the page is shown in a profile language (see `LanguageService`).
 */
export const INFORMATION_LOCALES = ['tr', 'ar', 'uk'] as const;
export type InformationLocale = (typeof INFORMATION_LOCALES)[number];
export type UiLocale = Locale | InformationLocale;

/**
 * BCP 47 tag per UI language, used for `Intl` (weekday names, dates, numbers) and the datepicker.
 * A `Record` so a new locale fails the build until it is added here.
 */
export const LOCALE_TAGS: Readonly<Record<UiLocale, string>> = {
  de: 'de-DE',
  en: 'en-GB',
  tr: 'tr-TR',
  ar: 'ar',
  uk: 'uk-UA',
};

/** Writing direction per UI language (`<html dir>`). */
export const LOCALE_DIRECTIONS: Readonly<Record<UiLocale, 'ltr' | 'rtl'>> = {
  de: 'ltr',
  en: 'ltr',
  tr: 'ltr',
  ar: 'rtl',
  uk: 'ltr',
};

export const DEFAULT_LOCALE: Locale = 'de';
/** The profile languages, in menu order: every page exists in them. */
export const SUPPORTED_LOCALES: Locale[] = ['de', 'en'];
/** Every UI language, in menu order: German, English, then the information languages. */
export const UI_LOCALES: UiLocale[] = [...SUPPORTED_LOCALES, ...INFORMATION_LOCALES];
export const LOCALE_STORAGE_KEY = 'lotse.locale';
/** Route `data` flag of pages that exist in every information language (see `informationPage`). */
export const INFORMATION_PAGE_DATA = 'informationLanguages';

/** A profile language (German or English). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as string[]).includes(value);
}

/** Any UI language, profile or information language. */
export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as string[]).includes(value);
}

export function directionOf(lang: UiLocale): 'ltr' | 'rtl' {
  return LOCALE_DIRECTIONS[lang] ?? 'ltr';
}
