/**
 * Calendar dates travel as `YYYY-MM-DD` (no time, no zone). Converting through `toISOString()`
 * would shift the day for anyone east of UTC (a child born 1 March at 00:00 in Berlin is
 * 28 February 23:00 UTC), so these helpers work on the local calendar fields only.
 */
export function toIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Builds a local date from its parts; `null` when the parts do not name a real day (31.02.). */
export function localDate(year: number, monthIndex: number, day: number): Date | null {
  if (!Number.isInteger(year) || !Number.isInteger(monthIndex) || !Number.isInteger(day)) {
    return null;
  }
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  date.setHours(0, 0, 0, 0);
  if (date.getFullYear() !== year || date.getMonth() !== monthIndex || date.getDate() !== day) {
    return null;
  }
  return date;
}

/** Parses `YYYY-MM-DD` (optionally followed by a time part, which is ignored). */
export function fromIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? localDate(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/**
 * Parses what people type into a date field: `31.12.2020`, `31.12.20` is not accepted (ambiguous
 * century), `31/12/2020` (en-GB) and `2020-12-31`.
 */
export function parseUserDate(value: string): Date | null {
  const text = value.trim();
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (dayFirst) {
    return localDate(Number(dayFirst[3]), Number(dayFirst[2]) - 1, Number(dayFirst[1]));
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    return localDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  }
  return null;
}
