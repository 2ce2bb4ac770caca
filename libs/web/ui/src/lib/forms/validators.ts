import { Validators, type AbstractControl, type ValidatorFn } from '@angular/forms';
import { PHONE_PATTERN_VALUE as PHONE_PATTERN, POSTCODE_PATTERN_VALUE as POSTCODE_PATTERN } from '../contracts/contract-values';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Client-side mirrors of the DTO rules in `@lotse/shared/contracts`. They give quick feedback;
 * the server stays authoritative and its messages are mapped with `applyApiErrors`.
 */
export const LotseValidators = {
  /** Empty is allowed (the DTO field is optional); otherwise the shared phone pattern must match. */
  phone: ((control) => {
    const value = control.value as string | null;
    if (value === null || value === undefined || value === '') {
      return null;
    }
    return PHONE_PATTERN.test(value) ? null : { phone: true };
  }) satisfies ValidatorFn,

  /** Rejects dates after today (date of birth). Works on `Date` values from the datepicker. */
  notInFuture: ((control) => {
    const value = control.value as Date | null;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      return null;
    }
    const today = new Date();
    today.setHours(23, 59, 59, 999);
    return value.getTime() > today.getTime() ? { dateNotFuture: true } : null;
  }) satisfies ValidatorFn,

  requiredText: Validators.required,

  /** Five digits (`AddressDto.postcode`); empty is left to `required`. */
  postcode: ((control) => {
    const value = control.value as string | null;
    return !value || POSTCODE_PATTERN.test(value.trim()) ? null : { postcode: true };
  }) satisfies ValidatorFn,

  /** `HH:MM` on the quarter-hour grid (`WeeklyTimeDto`); empty is left to `required`. */
  quarterHour: ((control) => {
    const value = control.value as string | null;
    if (!value) return null;
    const match = TIME.exec(value);
    if (!match) return { time: true };
    return Number(match[2]) % 15 === 0 ? null : { quarterHour: true };
  }) satisfies ValidatorFn,

  /** Whole numbers only (`@IsInt`); empty is left to `required`. */
  integer: ((control) => {
    const value = control.value as number | string | null;
    if (value === null || value === undefined || value === '') return null;
    return Number.isInteger(Number(value)) ? null : { integer: true };
  }) satisfies ValidatorFn,

  /** A date of birth of someone who is of age today (childminders must be adults). */
  adult: ((control) => {
    const value = control.value as Date | null;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) return null;
    const today = new Date();
    const eighteenth = new Date(value.getFullYear() + 18, value.getMonth(), value.getDate());
    return eighteenth.getTime() <= today.getTime() ? null : { adult: true };
  }) satisfies ValidatorFn,

  /**
   * On the "repeat password" field: equals the sibling control `field`.
   * Re-check it when the sibling changes (`updateValueAndValidity`).
   */
  repeatsPassword(field: string): ValidatorFn {
    return (control: AbstractControl) => {
      const other = control.parent?.get(field)?.value as unknown;
      return !control.value || control.value === other ? null : { passwordMismatch: true };
    };
  },
};
