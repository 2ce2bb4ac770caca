import type { PublicSlotDto } from '@lotse/shared/contracts';

export const OFFICE_TZ = 'Europe/Berlin';

/** `YYYY-MM-DD` of an instant in the office's zone. */
export function officeDate(iso: string, timeZone = OFFICE_TZ): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(iso),
  );
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "15:00" in the office's zone, written the way the reader's language writes times. */
export function officeTime(iso: string, localeTag: string, timeZone = OFFICE_TZ): string {
  return new Intl.DateTimeFormat(localeTag, { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

/** "Donnerstag, 3. Dezember 2026" / "3 Aralık 2026 Perşembe" in the office's zone. */
export function officeDayLabel(iso: string, localeTag: string, timeZone = OFFICE_TZ): string {
  return new Intl.DateTimeFormat(localeTag, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

export interface SlotDay<T extends { startsAt: string } = PublicSlotDto> {
  date: string;
  slots: T[];
}

/** Slots grouped by their day in the office's zone, days and slots in time order. */
export function groupByDay<T extends { startsAt: string }>(slots: readonly T[], timeZone = OFFICE_TZ): SlotDay<T>[] {
  const days = new Map<string, T[]>();
  for (const s of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const d = officeDate(s.startsAt, timeZone);
    days.set(d, [...(days.get(d) ?? []), s]);
  }
  return [...days.entries()].map(([date, list]) => ({ date, slots: list }));
}

/** BCP 47 tags of the booking page's languages (the app knows only de/en; the front door adds the rest). */
export const BOOKING_LOCALE_TAGS: Readonly<Record<string, string>> = { de: 'de-DE', en: 'en-GB', tr: 'tr-TR', ar: 'ar', uk: 'uk-UA' };
