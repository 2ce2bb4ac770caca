import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { BOOKING_LOCALES, type BookingLocale } from '@lotse/shared/contracts/values';
import { BOOKING_LOCALE_TAGS } from '@lotse/web/appointments/data-access';

/** The page's language (Transloco's active one) as a booking locale and a BCP 47 tag, as signals. */
export function bookingLanguage() {
  const transloco = inject(TranslocoService);
  const lang = toSignal(transloco.langChanges$, { initialValue: transloco.getActiveLang() });
  return {
    lang,
    locale: (): BookingLocale => ((BOOKING_LOCALES as readonly string[]).includes(lang()) ? (lang() as BookingLocale) : 'de'),
    tag: (): string => BOOKING_LOCALE_TAGS[lang()] ?? 'de-DE',
  };
}
