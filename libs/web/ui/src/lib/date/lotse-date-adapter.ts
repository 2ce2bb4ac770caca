import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NativeDateAdapter } from '@angular/material/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@lotse/shared/contracts';
import { parseUserDate } from './iso-date';

/** Date formats per UI language: German day-first, and British English (also day-first). */
export const DATE_LOCALE_TAGS: Readonly<Record<Locale, string>> = { de: 'de-DE', en: 'en-GB' };

/**
 * The native adapter formats with `Intl` (so `de-DE` shows 31.12.2020) but parses with
 * `Date.parse`, which does not understand German dates. This adapter parses day-first input and
 * follows the UI language.
 */
@Injectable()
export class LotseDateAdapter extends NativeDateAdapter {
  constructor() {
    super();
    inject(TranslocoService)
      .langChanges$.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((lang) => this.setLocale(DATE_LOCALE_TAGS[lang as Locale] ?? DATE_LOCALE_TAGS.de));
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      if (value.trim() === '') {
        return null;
      }
      return parseUserDate(value) ?? this.invalid();
    }
    return super.parse(value, parseFormat);
  }
}
