import type { OpeningHoursDto } from '@lotse/shared/contracts';

export interface OpeningHoursLine {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Localised weekday name, e.g. "Montag". */
  day: string;
  /** Time ranges of that day, e.g. "10:00–12:00 Uhr". */
  times: string;
}

/** Localised name of an ISO weekday (1 = Monday … 7 = Sunday), e.g. `weekdayName(3, 'de-DE')` = "Mittwoch". */
export function weekdayName(isoWeekday: number, locale: string): string {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    return '';
  }
  // 5 January 2015 was a Monday; noon UTC keeps the day stable in every time zone.
  const date = new Date(Date.UTC(2015, 0, 4 + isoWeekday, 12));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "9:00" or "09:00:00" → "09:00". */
export function normaliseTime(value: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(value.trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : value.trim();
}

/** "10:00–12:00 Uhr" in German, "10:00–12:00" otherwise (24-hour clock in both: it is a German office). */
export function formatTimeRange(from: string, to: string, locale: string): string {
  const range = `${normaliseTime(from)}–${normaliseTime(to)}`;
  return locale.toLowerCase().startsWith('de') ? `${range} Uhr` : range;
}

/**
 * Consultation hours as one line per weekday, Monday first, several ranges of a day joined:
 * `[{weekday:1, from:'10:00', to:'12:00'}]` → `Montag: 10:00–12:00 Uhr`.
 */
export function formatOpeningHours(hours: readonly OpeningHoursDto[] | null | undefined, locale: string): OpeningHoursLine[] {
  const byDay = new Map<number, OpeningHoursDto[]>();
  for (const slot of hours ?? []) {
    if (!weekdayName(slot.weekday, locale)) {
      continue;
    }
    byDay.set(slot.weekday, [...(byDay.get(slot.weekday) ?? []), slot]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([weekday, slots]) => ({
      weekday,
      day: weekdayName(weekday, locale),
      times: slots
        .sort((a, b) => normaliseTime(a.from).localeCompare(normaliseTime(b.from)))
        .map((s) => formatTimeRange(s.from, s.to, locale))
        .join(', '),
    }));
}
