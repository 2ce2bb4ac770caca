import { Pipe, PipeTransform } from '@angular/core';

export type DateStyle = 'date' | 'dateTime';

/** The office is in Germany: timestamps are shown in its time zone, whatever the browser's. */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

/**
 * `2020-12-31` → "31.12.2020" (de-DE). Plain calendar dates are formatted from their parts (no
 * time-zone shift); timestamps (`dateTime`) in the office's time zone.
 */
export function formatDate(value: string | null | undefined, locale: string, style: DateStyle = 'date'): string {
  if (!value) {
    return '';
  }
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain && style === 'date') {
    const date = new Date(Date.UTC(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3]), 12));
    return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  const options: Intl.DateTimeFormatOptions =
    style === 'date'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: OFFICE_TIME_ZONE }
      : { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: OFFICE_TIME_ZONE };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** `{{ child.dateOfBirth | lotseDate: lang.tag() }}`; pure: the locale is an argument. */
@Pipe({ name: 'lotseDate' })
export class LotseDatePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string, style: DateStyle = 'date'): string {
    return formatDate(value, locale, style);
  }
}
