import { isIsoDate, plusDays, type IsoDate } from '../dates/iso-date';
import { isoWeekday, publicHoliday } from './working-days';

export interface OpeningHour {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  from: string;
  to: string;
}

export interface ConsultationSession {
  date: IsoDate;
  weekday: number;
  from: string;
  to: string;
  /** The public holiday's name when the consultation falls on one (no consultation then). */
  holiday: string | null;
}

/** Every day of a month (`YYYY-MM`). */
export function daysOfMonth(month: string): IsoDate[] {
  const first = `${month}-01`;
  if (!/^\d{4}-\d{2}$/.test(month) || !isIsoDate(first)) throw new RangeError(`not a month: ${month}`);
  const days: IsoDate[] = [];
  for (let d = first; d.startsWith(month); d = plusDays(d, 1)) days.push(d);
  return days;
}

/**
 * The office's open consultations of a month: its weekly opening hours (Mon 10–12, Wed 14–16,
 * Thu 15–17 in Kamen) laid onto the calendar, in date and time order. Sessions on a public holiday
 * of the state are kept, marked with the holiday (the office is closed: no consultation, no gap).
 */
export function consultationSessions(month: string, openingHours: readonly OpeningHour[], state: string): ConsultationSession[] {
  const sessions: ConsultationSession[] = [];
  for (const date of daysOfMonth(month)) {
    const weekday = isoWeekday(date);
    const slots = openingHours.filter((h) => h.weekday === weekday).sort((a, b) => a.from.localeCompare(b.from));
    for (const h of slots) sessions.push({ date, weekday, from: h.from, to: h.to, holiday: publicHoliday(date, state)?.name ?? null });
  }
  return sessions;
}
