import { TZDate } from '@date-fns/tz';
import { getHolidays } from 'feiertagejs';
import { isIsoDate, plusDays, type IsoDate } from '../dates/iso-date';

/**
 * Working days of an office: Monday to Friday without the public holidays of its federal state
 * (`tenant.state`, e.g. `NW`), from `feiertagejs`. Dates are `YYYY-MM-DD` calendar dates in the
 * office's time zone (Europe/Berlin), so no server time zone can shift them.
 */

/** The state codes feiertagejs knows (ISO 3166-2:DE without the prefix). */
export const GERMAN_STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type GermanState = (typeof GERMAN_STATES)[number];

export interface PublicHoliday {
  date: IsoDate;
  /** German name, e.g. "Erster Weihnachtstag". */
  name: string;
}

const cache = new Map<string, Map<IsoDate, string>>();

/** Unknown state codes count as "no state holidays" (only the nationwide ones). */
function region(state: string): GermanState | 'BUND' {
  return (GERMAN_STATES as readonly string[]).includes(state) ? (state as GermanState) : 'BUND';
}

/** The public holidays of one year in a state, by date. */
export function publicHolidays(year: number, state: string): Map<IsoDate, string> {
  const key = `${year}|${region(state)}`;
  let map = cache.get(key);
  if (!map) {
    map = new Map();
    for (const h of getHolidays(year, region(state))) {
      // feiertagejs builds its dates at 12:00 UTC: the UTC calendar date is the holiday whatever the process's TZ.
      const d = h.date;
      const iso = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
      map.set(iso, h.translate('de') ?? h.name);
    }
    cache.set(key, map);
  }
  return map;
}

/** The public holiday on `date` in `state`, or null. */
export function publicHoliday(date: IsoDate, state: string): PublicHoliday | null {
  const name = publicHolidays(Number(date.slice(0, 4)), state).get(date);
  return name ? { date, name } : null;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWorkingDay(date: IsoDate, state: string): boolean {
  assertDate(date);
  return isoWeekday(date) <= 5 && !publicHoliday(date, state);
}

/**
 * The date `n` working days after `date` (the start day itself never counts, whether or not it is
 * a working day): Thursday 2026-12-24 + 2 → Tuesday 2026-12-29 (25/26 Dec and the weekend skipped).
 * `n = 0` gives `date` itself.
 */
export function addWorkingDays(date: IsoDate, n: number, state: string): IsoDate {
  assertDate(date);
  if (!Number.isInteger(n) || n < 0 || n > 366) throw new RangeError(`addWorkingDays: n must be an integer 0–366, got ${n}`);
  let d = date;
  for (let left = n; left > 0;) {
    d = plusDays(d, 1);
    if (isWorkingDay(d, state)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, state: string): number {
  assertDate(from);
  assertDate(to);
  let count = 0;
  for (let d = plusDays(from, 1); d <= to; d = plusDays(d, 1)) if (isWorkingDay(d, state)) count++;
  return count;
}

/** The instant a calendar day begins in `timeZone` (00:00 local time, DST-aware). */
export function startOfDayIn(date: IsoDate, timeZone: string): Date {
  assertDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime());
}

/** The instant of a local wall-clock time (`HH:MM`) on a calendar day in `timeZone`. */
export function instantIn(date: IsoDate, time: string, timeZone: string): Date {
  assertDate(date);
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, 0, timeZone).getTime());
}

/** ISO 8601 week of a date, e.g. `2026-W53` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: IsoDate): string {
  assertDate(date);
  const thursday = plusDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of the ISO week a date lies in. */
export function isoWeekRange(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = plusDays(date, 1 - isoWeekday(date));
  return { from, to: plusDays(from, 6) };
}

function dayOfYear(date: IsoDate): number {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((t - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / 86_400_000) + 1;
}

function assertDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
}
