import type { IsoDate } from '../dates/iso-date';

/**
 * Age in whole months on `on`, as §187 Abs. 2, §188 BGB count it: a child born 14 March is 12 months
 * old from 14 March of the next year; one born 31 January is one month old from 1 March (February
 * has no 31st), one born 29 February one year old from 1 March of a common year.
 */
export function ageInMonths(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  const months = (oy - by) * 12 + (om - bm);
  return od < bd ? months - 1 : months;
}

/**
 * Legal entitlement to early childhood care (§24 Abs. 2 SGB VIII): from the first birthday. Used
 * for the office's priority order (entitled children first).
 */
export function isEntitled(dateOfBirth: IsoDate, start: IsoDate): boolean {
  return ageInMonths(dateOfBirth, start) >= 12;
}

/** Kindertagespflege is for children up to 14 (§24 Abs. 4, §22 SGB VIII); older children are not requested here. */
export const MAX_CARE_AGE_MONTHS = 168;
