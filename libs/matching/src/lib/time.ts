/** Dates as whole days since 1970-01-01 (UTC calendar, no time zone involved) and weekly slots. */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAYS_DE = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

/** Day number of an ISO date, or NaN when the text is not a real calendar date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return Math.round(t / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function germanDate(day: number): string {
  const iso = isoOfDay(day);
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/**
 * Age in whole months on `atIso`, birthday-based: a child born on the 14th turns n months old on the 14th
 * (born on the 31st: on the last day of a shorter month).
 */
export function ageInMonths(birthIso: string, atIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const [ay, am, ad] = atIso.split('-').map(Number);
  let months = (ay - by) * 12 + (am - bm);
  const lastDayOfMonth = new Date(Date.UTC(ay, am, 0)).getUTCDate();
  if (ad < Math.min(bd, lastDayOfMonth)) months -= 1;
  return months;
}

/** Minutes since midnight of "HH:MM" (00:00 … 24:00), or NaN. */
export function minutesOf(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi !== 0)) return NaN;
  return h * 60 + mi;
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "Mo 12:00–12:15" for a week slot index. */
export function slotLabel(slot: number, slotMinutes: number): string {
  const perDay = 1440 / slotMinutes;
  const day = Math.floor(slot / perDay);
  const start = (slot % perDay) * slotMinutes;
  return `${WEEKDAYS_DE[day]} ${hhmm(start)}–${hhmm(start + slotMinutes)}`;
}

/** "0|12:00|12:15" for a week slot index: the language-neutral form of slotLabel (reason params). */
export function slotKey(slot: number, slotMinutes: number): string {
  const perDay = 1440 / slotMinutes;
  const start = (slot % perDay) * slotMinutes;
  return `${Math.floor(slot / perDay)}|${hhmm(start)}|${hhmm(start + slotMinutes)}`;
}
