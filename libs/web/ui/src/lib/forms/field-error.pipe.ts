import { Pipe, PipeTransform, inject } from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { SERVER_ERROR, type ServerErrorValue } from './api-form-errors';

export interface ErrorText {
  key?: string;
  params?: Record<string, unknown>;
  /** A ready message (from the server). */
  text?: string;
  /** Translation key to use instead of `text` for languages other than German. */
  altKey?: string;
}

/** Server codes whose German message has an unparameterised translation. */
const SERVER_CODE_KEYS: Readonly<Record<string, string>> = {
  isNotEmpty: 'validation.required',
  isEmail: 'validation.email',
  isISO8601: 'validation.date',
  isIso8601: 'validation.date',
  isDateString: 'validation.date',
  dateNotFuture: 'validation.dateNotFuture',
  isInt: 'validation.int',
  isBoolean: 'validation.boolean',
  isQuarterHour: 'validation.quarterHour',
  isTimeAfter: 'validation.timeOrder',
  noOverlappingTimes: 'validation.timeOverlap',
  isNotLessThan: 'validation.ageOrder',
  equals: 'validation.privacyNotice',
  fileType: 'validation.fileType',
  fileSize: 'validation.fileTooLarge',
  fileEmpty: 'validation.fileEmpty',
  currentPasswordWrong: 'validation.currentPasswordWrong',
  newPasswordSame: 'validation.newPasswordSame',
};

/** Client validator keys (`LotseValidators`, Angular's own) whose message needs no parameters. */
const CLIENT_KEYS: ReadonlyArray<[string, string]> = [
  ['required', 'validation.required'],
  ['email', 'validation.email'],
  ['phone', 'validation.phone'],
  ['postcode', 'validation.postcode'],
  ['time', 'validation.time'],
  ['quarterHour', 'validation.quarterHour'],
  ['timeOrder', 'validation.timeOrder'],
  ['timeOverlap', 'validation.timeOverlap'],
  ['ageOrder', 'validation.ageOrder'],
  ['adult', 'validation.adult'],
  ['integer', 'validation.int'],
  ['privacyNotice', 'validation.privacyNotice'],
  ['fileType', 'validation.fileType'],
  ['fileEmpty', 'validation.fileEmpty'],
  ['matDatepickerParse', 'validation.date'],
  ['passwordMismatch', 'validation.passwordMismatch'],
];

/** Picks the one message to show for a control's errors, most specific first. */
export function describeErrors(errors: ValidationErrors | null | undefined): ErrorText | null {
  if (!errors) {
    return null;
  }
  const server = errors[SERVER_ERROR] as ServerErrorValue | undefined;
  if (server) {
    return { text: server.message, altKey: SERVER_CODE_KEYS[server.code] };
  }
  if (errors['required']) return { key: 'validation.required' };
  if (errors['email']) return { key: 'validation.email' };
  if (errors['maxlength']) {
    return { key: 'validation.maxLength', params: { max: (errors['maxlength'] as { requiredLength: number }).requiredLength } };
  }
  if (errors['minlength']) {
    return { key: 'validation.minLength', params: { min: (errors['minlength'] as { requiredLength: number }).requiredLength } };
  }
  for (const [errorKey, key] of CLIENT_KEYS) {
    if (errors[errorKey]) return { key };
  }
  if (errors['dateNotFuture'] || errors['matDatepickerMax']) return { key: 'validation.dateNotFuture' };
  if (errors['min']) return { key: 'validation.min', params: { min: (errors['min'] as { min: number }).min } };
  if (errors['max']) return { key: 'validation.max', params: { max: (errors['max'] as { max: number }).max } };
  if (errors['fileSize']) return { key: 'validation.fileSize', params: { max: (errors['fileSize'] as { max: string }).max } };
  return { key: 'validation.invalid' };
}

/**
 * `<mat-error>{{ form.controls.email | lotseFieldError }}</mat-error>`. Impure on purpose: a
 * control's errors change without the control reference changing.
 */
@Pipe({ name: 'lotseFieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(control: AbstractControl | null | undefined): string {
    const described = describeErrors(control?.errors);
    if (!described) {
      return '';
    }
    if (described.text !== undefined) {
      if (described.altKey && this.transloco.getActiveLang() !== 'de') {
        return this.transloco.translate(described.altKey);
      }
      return described.text;
    }
    return this.transloco.translate(described.key ?? 'validation.invalid', described.params ?? {});
  }
}
