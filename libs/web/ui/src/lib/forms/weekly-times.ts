import { FormControl, FormGroup, Validators, type AbstractControl, type FormArray, type ValidatorFn } from '@angular/forms';
import { isTimeRangeOrdered, overlappingTimes, parseTime } from '@lotse/shared/domain';
import type { WeeklyTimeView } from '@lotse/shared/contracts';
import { LotseValidators } from './validators';

/** ISO weekdays, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface WeeklyTimeValue {
  weekday: number | null;
  from: string;
  to: string;
}

export type WeeklyTimeGroup = FormGroup<{
  weekday: FormControl<number | null>;
  from: FormControl<string>;
  to: FormControl<string>;
}>;

/** `to` must lie after its sibling `from` (`WeeklyTimeDto.to` with `@IsTimeAfter('from')`). */
export const timeAfterFrom: ValidatorFn = (control: AbstractControl) => {
  const from = control.parent?.get('from')?.value as string | undefined;
  const to = control.value as string;
  if (parseTime(from) === null || parseTime(to) === null) return null;
  return isTimeRangeOrdered(from, to) ? null : { timeOrder: true };
};

/** One row: weekday + from/to on the quarter-hour grid; `to` is re-checked when `from` changes. */
export function weeklyTimeGroup(value: Partial<WeeklyTimeValue> = {}): WeeklyTimeGroup {
  const group: WeeklyTimeGroup = new FormGroup({
    weekday: new FormControl<number | null>(value.weekday ?? null, [Validators.required, Validators.min(1), Validators.max(7)]),
    from: new FormControl(value.from ?? '', { nonNullable: true, validators: [Validators.required, LotseValidators.quarterHour] }),
    to: new FormControl(value.to ?? '', {
      nonNullable: true,
      validators: [Validators.required, LotseValidators.quarterHour, timeAfterFrom],
    }),
  });
  group.controls.from.valueChanges.subscribe(() => group.controls.to.updateValueAndValidity({ emitEvent: false }));
  return group;
}

/** Row indexes that overlap an earlier row of the same weekday (touching ranges do not overlap). */
export function overlappingRows(values: readonly WeeklyTimeValue[]): number[] {
  return overlappingTimes(values.map((v) => ({ weekday: v.weekday ?? 0, from: v.from, to: v.to })));
}

/** Array validator (`@NoOverlappingTimes`): `{ timeOverlap: { rows } }` naming the overlapping rows. */
export const noOverlappingTimes: ValidatorFn = (control: AbstractControl) => {
  const rows = overlappingRows((control.value ?? []) as WeeklyTimeValue[]);
  return rows.length ? { timeOverlap: { rows } } : null;
};

/** Sorted by weekday, then start: the order people read a week in. */
export function sortWeeklyTimes<T extends WeeklyTimeValue | WeeklyTimeView>(times: readonly T[]): T[] {
  return [...times].sort((a, b) => (a.weekday ?? 8) - (b.weekday ?? 8) || (parseTime(a.from) ?? 0) - (parseTime(b.from) ?? 0));
}

/** The rows as the API wants them (valid rows only: call after validation). */
export function toWeeklyTimeDtos(values: readonly WeeklyTimeValue[]): WeeklyTimeView[] {
  return values
    .filter((v): v is WeeklyTimeValue & { weekday: number } => v.weekday !== null && !!v.from && !!v.to)
    .map((v) => ({ weekday: Number(v.weekday), from: v.from, to: v.to }));
}

/**
 * The defaults of a new row: the next weekday after the last row with the same times (Monday
 * 07:30–12:00 → Tuesday 07:30–12:00), so a regular week is entered with a few clicks.
 */
export function nextWeeklyTime(existing: readonly WeeklyTimeValue[]): WeeklyTimeValue {
  const last = existing[existing.length - 1];
  if (!last || last.weekday === null) {
    return { weekday: 1, from: '08:00', to: '12:00' };
  }
  return { weekday: last.weekday >= 7 ? 1 : last.weekday + 1, from: last.from || '08:00', to: last.to || '12:00' };
}

/** Adds a row with sensible defaults. */
export function addWeeklyTime(array: FormArray<WeeklyTimeGroup>): void {
  array.push(weeklyTimeGroup(nextWeeklyTime(array.getRawValue())));
}

/** Total minutes per week of the (well-formed) rows: "20 Stunden pro Woche". */
export function weeklyMinutesOf(values: readonly WeeklyTimeValue[]): number {
  return values.reduce((sum, v) => {
    const a = parseTime(v.from);
    const b = parseTime(v.to);
    return a !== null && b !== null && a < b && v.weekday !== null ? sum + (b - a) : sum;
  }, 0);
}
