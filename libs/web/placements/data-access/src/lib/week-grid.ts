import type { WeekGridDto } from '@lotse/shared/contracts';

/** Quarter hours per day in `WeekGridDto.present` (index (weekday − 1) · 96 + quarter). */
export const QUARTERS_PER_DAY = 96;
/** The picture shows 06:00–19:00 (care outside those hours is rare; it still counts on the server). */
export const GRID_FIRST_QUARTER = 6 * 4;
export const GRID_END_QUARTER = 19 * 4;

/** `none` nobody there, `some` places left, `full` at the limit, `over` above it (should never happen). */
export type SlotLevel = 'none' | 'some' | 'full' | 'over';

export interface GridCell {
  weekday: number;
  quarter: number;
  present: number;
  level: SlotLevel;
}

export interface GridRow {
  quarter: number;
  /** `07:15` */
  label: string;
  cells: GridCell[];
}

export function quarterLabel(quarter: number): string {
  const h = Math.floor(quarter / 4);
  const m = (quarter % 4) * 15;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function slotLevel(present: number, max: number | null): SlotLevel {
  if (present <= 0) return 'none';
  if (max === null) return 'some';
  if (present > max) return 'over';
  return present === max ? 'full' : 'some';
}

/** Monday to Friday, plus Saturday/Sunday when anybody is present then. */
export function gridWeekdays(grid: Pick<WeekGridDto, 'present'>): number[] {
  const used = (weekday: number) => grid.present.slice((weekday - 1) * QUARTERS_PER_DAY, weekday * QUARTERS_PER_DAY).some((n) => n > 0);
  return [1, 2, 3, 4, 5, ...[6, 7].filter(used)];
}

/** The rows of the picture: one per quarter hour from 06:00 to 19:00, one cell per shown weekday. */
export function gridRows(grid: Pick<WeekGridDto, 'present' | 'maxPresent'>, weekdays = gridWeekdays(grid)): GridRow[] {
  const rows: GridRow[] = [];
  for (let q = GRID_FIRST_QUARTER; q < GRID_END_QUARTER; q++) {
    rows.push({
      quarter: q,
      label: quarterLabel(q),
      cells: weekdays.map((weekday) => {
        const present = grid.present[(weekday - 1) * QUARTERS_PER_DAY + q] ?? 0;
        return { weekday, quarter: q, present, level: slotLevel(present, grid.maxPresent) };
      }),
    });
  }
  return rows;
}

/** Highest number present at once in the week (the picture's summary). */
export function peakPresent(grid: Pick<WeekGridDto, 'present'>): number {
  return grid.present.reduce((a, b) => Math.max(a, b), 0);
}
