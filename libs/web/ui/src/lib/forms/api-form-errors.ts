import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { ApiError, FieldError } from '@lotse/shared/contracts';

/** Key under which a server-side message is stored in a control's `errors`. */
export const SERVER_ERROR = 'server';

export interface ServerErrorValue {
  message: string;
  code: string;
}

export interface ApplyApiErrorsOptions {
  /**
   * Maps an API field path onto a control path when the form is shaped differently from the DTO.
   * A key also maps every path below it: `{ careLocation: 'care' }` sends `careLocation.address.street`
   * to `care.address.street` (the longest matching key wins).
   */
  fieldMap?: Readonly<Record<string, string>>;
  /**
   * Control paths of groups and arrays whose own errors the template shows in place (e.g.
   * `weeklyTimes` with `{{ form.controls.weeklyTimes | lotseFieldError }}` for an overlap). An error
   * that lands on any other group or array is set there *and* returned as a form-level message, so
   * that no server message is ever lost.
   */
  shownInPlace?: readonly string[];
}

/** The control path for an API field path (`weeklyTimes.0.from`), after the `fieldMap`. */
export function mapFieldPath(field: string, fieldMap: Readonly<Record<string, string>> = {}): string {
  if (Object.prototype.hasOwnProperty.call(fieldMap, field)) {
    return fieldMap[field];
  }
  const parts = field.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const prefix = parts.slice(0, i).join('.');
    if (Object.prototype.hasOwnProperty.call(fieldMap, prefix)) {
      return [fieldMap[prefix], ...parts.slice(i)].filter((p) => p !== '').join('.');
    }
  }
  return field;
}

/**
 * The control at `path` or, when there is none (e.g. `weeklyTimes.3.from` after the row was removed,
 * or `careLocation.address` when the form has no such group), the nearest ancestor below the root.
 */
export function findControl(form: AbstractControl, path: string): { control: AbstractControl; path: string } | null {
  const parts = path.split('.').filter((p) => p !== '');
  while (parts.length > 0) {
    const candidate = parts.join('.');
    const control = form.get(candidate);
    if (control && control !== form) {
      return { control, path: candidate };
    }
    parts.pop();
  }
  return null;
}

const isLeaf = (control: AbstractControl): boolean => !('controls' in control);

/**
 * Puts the server's field errors onto the matching form controls (`field` is the DTO's dotted path,
 * e.g. `address.postcode` or `weeklyTimes.0.from`, which `AbstractControl.get` follows into nested
 * groups and arrays), so they show up in each control's `<mat-error>`.
 *
 * Returns the message to show for the whole form: the messages of errors that matched no control
 * (or only a group not shown in place), or the error's general message when the server named no
 * field at all; `null` when every error found its place. The server stays authoritative: its errors
 * replace nothing the client checks and disappear as soon as the user edits the control (Angular
 * re-runs the validators, also those of the parent groups).
 */
export function applyApiErrors(form: AbstractControl, error: ApiError, options: ApplyApiErrorsOptions = {}): string | null {
  const unmatched: FieldError[] = [];
  const byControl = new Map<AbstractControl, FieldError>();
  const inPlace = new Set(options.shownInPlace ?? []);

  for (const fieldError of error.errors ?? []) {
    const path = fieldError.field ? mapFieldPath(fieldError.field, options.fieldMap) : '';
    const found = path ? findControl(form, path) : null;
    if (!found) {
      unmatched.push(fieldError);
      continue;
    }
    // Keep the first message per control: the server lists the most basic violation first.
    if (!byControl.has(found.control)) {
      byControl.set(found.control, fieldError);
    }
    if (!isLeaf(found.control) && !inPlace.has(found.path)) {
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
