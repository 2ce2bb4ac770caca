import { Validators, type ValidatorFn } from '@angular/forms';
import { PHONE_PATTERN_VALUE as PHONE_PATTERN } from '../contracts/contract-values';

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
};
