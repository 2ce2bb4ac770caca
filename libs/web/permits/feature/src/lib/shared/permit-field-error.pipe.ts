import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { PERMIT_MAX_CHILDREN } from '@lotse/web/permits/data-access';
import { SERVER_ERROR, describeErrors, type ErrorText, type ServerErrorValue } from '@lotse/web/ui';

/** Server codes of the permit endpoints whose German message has a translation in the scope. */
const SERVER_CODE_KEYS: Readonly<Record<string, ErrorText>> = {
  reasonRequired: { key: 'permits.validation.reasonRequired', params: { max: PERMIT_MAX_CHILDREN } },
  conditionRequired: { key: 'permits.validation.conditionRequired' },
  maxChildren: { key: 'permits.validation.maxChildren', params: { max: PERMIT_MAX_CHILDREN } },
  notFuture: { key: 'validation.dateNotFuture' },
};

/**
 * The message for a control of the permit forms: the permit rules (reason below 5 children, a
 * condition "with conditions", a reason for a refusal, 1–5 children) from the scope, everything
 * else as `lotseFieldError` describes it (server messages first, German as sent).
 */
export function describePermitErrors(errors: ValidationErrors | null | undefined): ErrorText | null {
  if (!errors) return null;
  const server = errors[SERVER_ERROR] as ServerErrorValue | undefined;
  if (server) {
    const alt = SERVER_CODE_KEYS[server.code];
    return { text: server.message, altKey: alt?.key, params: alt?.params };
  }
  // The rule's own wording before the generic "required" of the `required` attribute.
  if (errors['reasonRequired']) return { key: 'permits.validation.reasonRequired', params: { max: PERMIT_MAX_CHILDREN } };
  if (errors['conditionRequired']) return { key: 'permits.validation.conditionRequired' };
  if (errors['refusalReasonRequired']) return { key: 'permits.validation.refusalReasonRequired' };
  if (errors['required']) return { key: 'validation.required' };
  if (errors['integer']) return { key: 'permits.validation.integer' };
  if (errors['min']) return { key: 'permits.validation.min', params: { min: (errors['min'] as { min: number }).min } };
  if (errors['max']) return { key: 'permits.validation.max', params: { max: (errors['max'] as { max: number }).max } };
  return describeErrors(errors);
}

/** `<mat-error>{{ form.controls.maxChildren | permitFieldError }}</mat-error>`; impure like `lotseFieldError`. */
@Pipe({ name: 'permitFieldError', pure: false })
export class PermitFieldErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(control: AbstractControl | null | undefined): string {
    const described = describePermitErrors(control?.errors);
    if (!described) return '';
    if (described.text !== undefined) {
      return described.altKey && this.transloco.getActiveLang() !== 'de'
        ? this.transloco.translate(described.altKey, described.params ?? {})
        : described.text;
    }
    return this.transloco.translate(described.key ?? 'validation.invalid', described.params ?? {});
  }
}
