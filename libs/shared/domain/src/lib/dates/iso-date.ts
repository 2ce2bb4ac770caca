import { addDays, addMonths, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';

/** Calendar dates as `YYYY-MM-DD` strings: no time zone can shift them. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(v: unknown): v is IsoDate {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) return false;
  const d = parseISO(v);
  return !Number.isNaN(d.getTime()) && formatISO(d, { representation: 'date' }) === v;
}

export const toIsoDate = (d: Date): IsoDate => formatISO(d, { representation: 'date' });
export const plusMonths = (d: IsoDate, months: number): IsoDate => toIsoDate(addMonths(parseISO(d), months));
export const plusDays = (d: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(d), days));
export const daysBetween = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(parseISO(to), parseISO(from));

/** Today's date in the office's time zone (Europe/Berlin by default). */
export function todayIn(timeZone: string, now: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
