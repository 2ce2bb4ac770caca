/**
 * Weekly times ("Mo 07:30–12:00") as offered by a childminder or requested by parents.
 * Capacity is checked per 15-minute slot of the week (domain.md), so every time lies on that grid.
 */
export interface WeeklyTime {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** `HH:MM`, 24-hour clock. */
  from: string;
  to: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` → minutes after midnight; null when malformed. */
export function parseTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = HH_MM.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** On the 15-minute grid (:00, :15, :30, :45). */
export function isQuarterHour(value: unknown): boolean {
  const t = parseTime(value);
  return t !== null && t % 15 === 0;
}

/** True when `from` is a valid time strictly before `to` (an end of the day is 23:45 at the latest). */
export function isTimeRangeOrdered(from: unknown, to: unknown): boolean {
  const a = parseTime(from);
  const b = parseTime(to);
  return a !== null && b !== null && a < b;
}

/**
 * Indexes (into `times`) of entries that overlap an earlier entry on the same weekday.
 * Touching ranges (07:00–12:00 and 12:00–14:00) do not overlap. Malformed entries are skipped:
 * the per-field checks report them.
 */
export function overlappingTimes(times: readonly WeeklyTime[]): number[] {
  const out: number[] = [];
  times.forEach((t, i) => {
    const a = parseTime(t?.from);
    const b = parseTime(t?.to);
    if (a === null || b === null || a >= b) return;
    for (let j = 0; j < i; j++) {
      const o = times[j];
      const c = parseTime(o?.from);
      const d = parseTime(o?.to);
      if (o?.weekday !== t.weekday || c === null || d === null || c >= d) continue;
      if (a < d && c < b) {
        out.push(i);
        return;
      }
    }
  });
  return out;
}

/** Total minutes per week (for statistics and the "hours offered" column). */
export function weeklyMinutes(times: readonly WeeklyTime[]): number {
  return times.reduce((sum, t) => {
    const a = parseTime(t.from);
    const b = parseTime(t.to);
    return a !== null && b !== null && a < b ? sum + (b - a) : sum;
  }, 0);
}
