import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, formatISO, getISODay, parseISO } from 'date-fns';

/** A slot's time span as instants (stored as timestamptz). */
export interface SlotSpan {
  startsAt: Date;
  endsAt: Date;
}

export interface SeriesInput {
  fromDate: string;
  toDate: string;
  /** 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  from: string;
  to: string;
  durationMinutes: number;
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The instant of a wall-clock time in the office's zone (e.g. 2026-12-03 15:00 in Europe/Berlin →
 * 14:00 UTC; in summer → 13:00 UTC). Advisors enter local times; the database keeps instants.
 */
export function localToInstant(date: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const minutes = minutesOf(hhmm);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

/** One slot from a date, a start time and a length. */
export function singleSlot(date: string, from: string, durationMinutes: number, timeZone: string): SlotSpan {
  const startsAt = localToInstant(date, from, timeZone);
  return { startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) };
}

/**
 * The slots of a series: on every chosen weekday between the two dates (both included), the
 * from–to window cut into back-to-back slots of `durationMinutes`; a remainder shorter than one
 * slot is left out. Wall-clock times hold across a daylight-saving change (15:00 stays 15:00).
 */
export function seriesSlots(input: SeriesInput, timeZone: string): SlotSpan[] {
  const days = differenceInCalendarDays(parseISO(input.toDate), parseISO(input.fromDate));
  const start = minutesOf(input.from);
  const end = minutesOf(input.to);
  const weekdays = new Set(input.weekdays);
  const out: SlotSpan[] = [];
  for (let i = 0; i <= days; i++) {
    const day = addDays(parseISO(input.fromDate), i);
    if (!weekdays.has(getISODay(day))) continue;
    const date = formatISO(day, { representation: 'date' });
    for (let t = start; t + input.durationMinutes <= end; t += input.durationMinutes) {
      const hh = String(Math.floor(t / 60)).padStart(2, '0');
      const mm = String(t % 60).padStart(2, '0');
      out.push(singleSlot(date, `${hh}:${mm}`, input.durationMinutes, timeZone));
    }
  }
  return out;
}

/** Whether two spans overlap (touching ends do not). */
export function overlaps(a: SlotSpan, b: SlotSpan): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The first pair of overlapping spans within one list, if any. */
export function firstOverlapWithin(spans: SlotSpan[]): [SlotSpan, SlotSpan] | null {
  const sorted = [...spans].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i - 1], sorted[i])) return [sorted[i - 1], sorted[i]];
  return null;
}

/** "Do., 03.12.2026" and "15:00" in the office's zone, for mails and messages. */
export function localDateLabel(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

export function localTimeLabel(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
}

/** `YYYY-MM-DD` of an instant in the office's zone. */
export function localDate(d: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "Anna B.": what the public sees of an advisor. */
export function shortName(firstName: string | null, lastName: string | null): string {
  const first = (firstName ?? '').trim();
  const initial = (lastName ?? '').trim().charAt(0);
  return [first, initial ? `${initial}.` : ''].filter(Boolean).join(' ') || 'Fachberatung';
}
