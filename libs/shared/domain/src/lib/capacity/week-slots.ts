import type { WeeklyTime } from '../schedule/weekly-times';

/**
 * A week as 7 × 96 quarter-hour slots: slot index = (weekday − 1) · 96 + minutes / 15.
 * Weekly schedules are the `WeeklyTime` lists the rest of the product already uses
 * (ISO weekday 1 = Monday … 7 = Sunday, `HH:MM`, from inclusive, to exclusive).
 */
export const SLOT_MINUTES = 15;
export const SLOTS_PER_DAY = 96;
export const WEEK_SLOTS = 7 * SLOTS_PER_DAY;

export type WeeklySchedule = readonly WeeklyTime[];

// a module-level alias: under jest (a vm context) every lookup of a global such as `Array` is slow
const isArray = Array.isArray;

/** One slot or a run of slots on one weekday, `to` exclusive (`24:00` only as the end of a run). */
export interface SlotRange {
  weekday: number;
  from: string;
  to: string;
}

export const WEEKDAY_SHORT = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;

export type ScheduleErrorCode = 'entry' | 'weekday' | 'time' | 'off-grid' | 'order' | 'overlap' | 'date' | 'date-order';

/** A problem with a schedule or a date range; `index` is the entry of the schedule (null: the dates). */
export interface ScheduleError {
  code: ScheduleErrorCode;
  index: number | null;
  field: 'weekday' | 'from' | 'to' | 'until';
  /** German text for the field message. */
  message: string;
}

/** Thrown by the engine for input a validator would have refused (new or stored schedules, dates). */
export class CapacityInputError extends Error {
  constructor(
    readonly errors: readonly ScheduleError[],
    readonly placementId: string | null = null,
  ) {
    super(`${placementId ? `Betreuung ${placementId}: ` : ''}${errors.map((e) => e.message).join(' ')}`);
    this.name = 'CapacityInputError';
  }
}

/** `HH:MM` → minutes, or −1. Hand-written because it runs for every stored schedule on every check. */
export function minutesOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) return -1;
  const h1 = value.charCodeAt(0) - 48;
  const h2 = value.charCodeAt(1) - 48;
  const m1 = value.charCodeAt(3) - 48;
  const m2 = value.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 2 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return -1;
  const h = h1 * 10 + h2;
  return h > 23 ? -1 : h * 60 + m1 * 10 + m2;
}

export function formatMinutes(minutes: number): string {
  const h = (minutes / 60) | 0;
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

const weekdayLabel = (weekday: unknown): string =>
  typeof weekday === 'number' && Number.isInteger(weekday) && weekday >= 1 && weekday <= 7 ? WEEKDAY_SHORT[weekday - 1] : '';

const entryLabel = (t: WeeklyTime): string => `${weekdayLabel(t.weekday)} ${t.from}–${t.to}`.trim();

/**
 * Every problem of a schedule, with German messages ("Mo 12:10 liegt nicht im 15-Minuten-Raster.").
 * Empty list = valid. An empty schedule is valid (nobody is present); whether a placement needs
 * times is the caller's rule.
 */
export function validateSchedule(schedule: unknown): ScheduleError[] {
  if (!Array.isArray(schedule))
    return [{ code: 'entry', index: null, field: 'weekday', message: 'Bitte die Betreuungszeiten als Liste angeben.' }];
  const errors: ScheduleError[] = [];
  const ok: { index: number; weekday: number; a: number; b: number }[] = [];
  schedule.forEach((t: WeeklyTime, index) => {
    if (!t || typeof t !== 'object') {
      errors.push({ code: 'entry', index, field: 'weekday', message: `Eintrag ${index + 1}: Bitte Wochentag, Beginn und Ende angeben.` });
      return;
    }
    const day = weekdayLabel(t.weekday);
    if (!day)
      errors.push({
        code: 'weekday',
        index,
        field: 'weekday',
        message: `Eintrag ${index + 1}: Bitte einen Wochentag von 1 (Montag) bis 7 (Sonntag) angeben.`,
      });
    const at = day ? `${day} ` : `Eintrag ${index + 1}: `;
    const a = minutesOf(t.from);
    const b = minutesOf(t.to);
    for (const [field, v, m] of [
      ['from', t.from, a],
      ['to', t.to, b],
    ] as const) {
      if (m < 0) errors.push({ code: 'time', index, field, message: `${at}„${String(v)}“ ist keine Uhrzeit im Format HH:MM.` });
      else if (m % SLOT_MINUTES) errors.push({ code: 'off-grid', index, field, message: `${at}${v} liegt nicht im 15-Minuten-Raster.` });
    }
    if (a < 0 || b < 0 || a % SLOT_MINUTES || b % SLOT_MINUTES) return;
    if (a >= b) {
      errors.push({ code: 'order', index, field: 'to', message: `${entryLabel(t)}: Das Ende muss nach dem Beginn liegen.` });
      return;
    }
    if (!day) return;
    const clash = ok.find((o) => o.weekday === t.weekday && a < o.b && o.a < b);
    if (clash) {
      const o = schedule[clash.index] as WeeklyTime;
      errors.push({ code: 'overlap', index, field: 'from', message: `${entryLabel(t)} überschneidet sich mit ${entryLabel(o)}.` });
      return;
    }
    ok.push({ index, weekday: t.weekday, a, b });
  });
  return errors;
}

/**
 * Schedule → sorted slot runs `[start0, end0, start1, end1, …]` (week slot indexes, end exclusive).
 * Throws `CapacityInputError` with the validator's messages when the schedule is invalid.
 */
export function compileSchedule(schedule: WeeklySchedule, placementId: string | null = null): Int16Array {
  const runs = new Int16Array(Array.isArray(schedule) ? schedule.length * 2 : 0);
  compileScheduleInto(schedule, runs, placementId);
  return runs;
}

/**
 * `compileSchedule` into a caller's buffer (the engine reuses one, so that checking 2,000
 * childminders allocates no typed array per placement); returns the number of values written.
 */
export function compileScheduleInto(schedule: WeeklySchedule, runs: Int16Array, placementId: string | null = null): number {
  const n = isArray(schedule) ? schedule.length : -1;
  // more entries than slots cannot be free of overlaps
  let valid = n >= 0 && n <= WEEK_SLOTS && 2 * n <= runs.length;
  for (let i = 0; valid && i < n; i++) {
    const t = schedule[i];
    const w = t?.weekday;
    const a = minutesOf(t?.from);
    const b = minutesOf(t?.to);
    if (typeof w !== 'number' || (w | 0) !== w || w < 1 || w > 7 || a < 0 || b <= a || a % SLOT_MINUTES || b % SLOT_MINUTES) {
      valid = false;
      break;
    }
    const base = (w - 1) * SLOTS_PER_DAY;
    runs[2 * i] = base + a / SLOT_MINUTES;
    runs[2 * i + 1] = base + b / SLOT_MINUTES;
  }
  if (valid && n > 1) {
    // insertion sort by start: schedules are short
    for (let i = 1; i < n; i++) {
      const s = runs[2 * i];
      const e = runs[2 * i + 1];
      let j = i - 1;
      while (j >= 0 && runs[2 * j] > s) {
        runs[2 * j + 2] = runs[2 * j];
        runs[2 * j + 3] = runs[2 * j + 1];
        j--;
      }
      runs[2 * j + 2] = s;
      runs[2 * j + 3] = e;
    }
    for (let i = 1; i < n; i++) if (runs[2 * i] < runs[2 * i - 1]) valid = false;
  }
  if (!valid) {
    const errors = validateSchedule(schedule);
    throw new CapacityInputError(
      errors.length ? errors : [{ code: 'entry', index: null, field: 'weekday', message: 'Zu viele Betreuungszeiten.' }],
      placementId,
    );
  }
  return 2 * n;
}

/** The slot (or run of slots `[start, end)`) as weekday and times. */
export function slotRange(start: number, end = start + 1): SlotRange {
  const weekday = ((start / SLOTS_PER_DAY) | 0) + 1;
  const dayStart = (weekday - 1) * SLOTS_PER_DAY;
  return { weekday, from: formatMinutes((start - dayStart) * SLOT_MINUTES), to: formatMinutes((end - dayStart) * SLOT_MINUTES) };
}

/** "Mo 12:00–12:15" */
export const slotLabel = (r: SlotRange): string => `${WEEKDAY_SHORT[r.weekday - 1]} ${r.from}–${r.to}`;

/** Present-per-slot counts of a schedule list, for tests and the week picture. */
export function addSchedule(counts: Uint8Array | Uint16Array | Int16Array, runs: Int16Array, delta: number): void {
  for (let i = 0; i < runs.length; i += 2) for (let k = runs[i]; k < runs[i + 1]; k++) counts[k] += delta;
}
