import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ApplicationKind, ApplyForPermitDto, PermitDto } from '@lotse/shared/contracts';
import { PERMIT_LIMITS, PERMIT_MAX_CHILDREN } from '@lotse/web/permits/data-access';
import { LotseValidators } from '@lotse/web/ui';

export interface ApplyControls {
  kind: FormControl<ApplicationKind | null>;
  requestedMaxChildren: FormControl<number | null>;
  note: FormControl<string>;
}

export type ApplyForm = FormGroup<ApplyControls>;

/**
 * The kinds a childminder can apply for: a first permit without a valid one; with an issued
 * permit its renewal or an amendment (the server checks the same and answers 422 otherwise).
 */
export function applicableKinds(permits: readonly Pick<PermitDto, 'status'>[]): ApplicationKind[] {
  return permits.some((p) => p.status === 'issued') ? ['renewal', 'amendment'] : ['initial'];
}

export function createApplyForm(kinds: readonly ApplicationKind[]): ApplyForm {
  return new FormGroup<ApplyControls>({
    kind: new FormControl<ApplicationKind | null>(kinds.length === 1 ? kinds[0] : null, Validators.required),
    requestedMaxChildren: new FormControl<number | null>(PERMIT_MAX_CHILDREN, [
      Validators.required,
      LotseValidators.integer,
      Validators.min(1),
      Validators.max(PERMIT_MAX_CHILDREN),
    ]),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PERMIT_LIMITS.noteMaxLength) }),
  });
}

export function toApplyDto(form: ApplyForm): ApplyForPermitDto {
  const v = form.getRawValue();
  if (!v.kind || v.requestedMaxChildren === null) throw new Error('Unvollständiges Formular.');
  const note = v.note.trim();
  return { kind: v.kind, requestedMaxChildren: Number(v.requestedMaxChildren), ...(note ? { note } : {}) };
}
