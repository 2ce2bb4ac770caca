import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { ApiError, FieldError } from '@lotse/shared/contracts';

/** Key under which a server-side message is stored in a control's `errors`. */
export const SERVER_ERROR = 'server';

export interface ServerErrorValue {
  message: string;
  code: string;
}

export interface ApplyApiErrorsOptions {
  /** Maps an API field path onto a control path when the form is shaped differently from the DTO. */
  fieldMap?: Readonly<Record<string, string>>;
}

/**
 * Puts the server's field errors onto the matching form controls (`field` is the DTO's dotted path,
 * which `AbstractControl.get` understands), so they show up in each control's `<mat-error>`.
 *
 * Returns the message to show for the whole form: the messages of errors that matched no control,
 * or the error's general message when the server named no field at all; `null` when every error
 * found its control. The server stays authoritative: its errors replace nothing the client checks
 * and disappear as soon as the user edits the control (Angular re-runs the validators).
 */
export function applyApiErrors(
  form: AbstractControl,
  error: ApiError,
  options: ApplyApiErrorsOptions = {},
): string | null {
  const unmatched: FieldError[] = [];
  const byControl = new Map<AbstractControl, FieldError>();

  for (const fieldError of error.errors ?? []) {
    const path = fieldError.field ? (options.fieldMap?.[fieldError.field] ?? fieldError.field) : '';
    const control = path ? form.get(path) : null;
    if (control && control !== form) {
      // Keep the first message per control: the server lists the most basic violation first.
      if (!byControl.has(control)) {
        byControl.set(control, fieldError);
      }
    } else {
      unmatched.push(fieldError);
    }
  }

  for (const [control, fieldError] of byControl) {
    const value: ServerErrorValue = { message: fieldError.message, code: fieldError.code };
    const errors: ValidationErrors = { ...(control.errors ?? {}), [SERVER_ERROR]: value };
    control.setErrors(errors);
    control.markAsTouched();
  }

  if (unmatched.length > 0) {
    return [...new Set(unmatched.map((e) => e.message).filter((m) => !!m))].join(' ') || error.message;
  }
  if (byControl.size === 0) {
    return error.message || null;
  }
  return null;
}
