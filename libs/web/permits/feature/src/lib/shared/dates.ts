import { toIsoDate } from '@lotse/web/ui';

/** `YYYY-MM-DD` of a datepicker value, or undefined when empty/invalid (never via `toISOString()`). */
export function isoDateOrUndefined(value: Date | null | undefined): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? toIsoDate(value) : undefined;
}

/** Today at local midnight (datepicker max/min and defaults). */
export function today(): Date {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d;
}
