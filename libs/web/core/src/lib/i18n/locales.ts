import type { Locale } from '@lotse/shared/contracts';

/**
 * BCP 47 tag per UI language, used for `Intl`, the datepicker and `<html lang>`.
 * A `Record` so a new locale in the contracts fails the build until it is added here.
 */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = {
  de: 'de-DE',
  en: 'en-GB',
};

export const DEFAULT_LOCALE: Locale = 'de';
export const SUPPORTED_LOCALES = Object.keys(LOCALE_TAGS) as Locale[];
export const LOCALE_STORAGE_KEY = 'lotse.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as string[]).includes(value);
}
