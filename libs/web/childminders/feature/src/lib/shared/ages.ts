/** Ages accepted are stored in months (`AgeRangeDto`, 0–168); people think in years for older children. */
export type AgeUnit = 'months' | 'years';

export const MAX_AGE_MONTHS = 168;

export function toMonths(value: number, unit: AgeUnit): number {
  return unit === 'years' ? value * 12 : value;
}

/** Whole years when the months divide by 12 (36 → 3 years), otherwise months (18 → 18 months); 0 → 0 months. */
export function fromMonths(months: number): { value: number; unit: AgeUnit } {
  return months > 0 && months % 12 === 0 ? { value: months / 12, unit: 'years' } : { value: months, unit: 'months' };
}

/** Largest value the unit allows (168 months = 14 years). */
export function maxFor(unit: AgeUnit): number {
  return unit === 'years' ? MAX_AGE_MONTHS / 12 : MAX_AGE_MONTHS;
}
