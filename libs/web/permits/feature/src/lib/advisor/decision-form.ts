import { FormControl, FormGroup, Validators, type AbstractControl, type ValidatorFn } from '@angular/forms';
import type { DecideDto, Decision } from '@lotse/shared/contracts';
import { PERMIT_LIMITS, PERMIT_MAX_CHILDREN } from '@lotse/web/permits/data-access';
import { isoDateOrUndefined } from '../shared/dates';

export interface DecisionControls {
  decision: FormControl<Decision | null>;
  maxChildren: FormControl<number | null>;
  reasonForFewerChildren: FormControl<string>;
  rooms: FormControl<string[]>;
  conditions: FormControl<string[]>;
  validFrom: FormControl<Date | null>;
  refusalReason: FormControl<string>;
}

export type DecisionForm = FormGroup<DecisionControls>;

export interface DecisionValue {
  decision: Decision | null;
  maxChildren: number | null;
  reasonForFewerChildren: string;
  rooms: string[];
  conditions: string[];
  validFrom: Date | null;
  refusalReason: string;
}

const isGrant = (d: Decision | null): boolean => d === 'grant' || d === 'grant_with_conditions';

/** A permit for fewer than the maximum (5) children needs a recorded reason (the holder can appeal it). */
export function needsReason(v: Pick<DecisionValue, 'decision' | 'maxChildren'>): boolean {
  return (
    isGrant(v.decision) &&
    typeof v.maxChildren === 'number' &&
    Number.isInteger(v.maxChildren) &&
    v.maxChildren >= 1 &&
    v.maxChildren < PERMIT_MAX_CHILDREN
  );
}

/**
 * "Mit Nebenbestimmungen" needs at least one: fewer children, named rooms or a condition
 * (the server's `conditionRequired`).
 */
export function needsCondition(v: Pick<DecisionValue, 'decision' | 'maxChildren' | 'rooms' | 'conditions'>): boolean {
  const fewer = typeof v.maxChildren === 'number' && v.maxChildren < PERMIT_MAX_CHILDREN;
  return v.decision === 'grant_with_conditions' && v.conditions.length === 0 && v.rooms.length === 0 && !fewer;
}

/** Which fields the template shows for the chosen decision. */
export function visibleFields(v: Pick<DecisionValue, 'decision' | 'maxChildren'>) {
  return {
    grantFields: isGrant(v.decision),
    reason: needsReason(v),
    conditions: v.decision === 'grant_with_conditions',
    refusalReason: v.decision === 'refuse',
  };
}

/** The current value of the form the control belongs to (validators run before the parent's value is updated). */
function formValue(control: AbstractControl): DecisionValue | null {
  const group = control.parent as DecisionForm | null;
  if (!group) return null;
  const c = group.controls;
  return {
    decision: c.decision.value,
    maxChildren: c.maxChildren.value,
    reasonForFewerChildren: c.reasonForFewerChildren.value,
    rooms: c.rooms.value,
    conditions: c.conditions.value,
    validFrom: c.validFrom.value,
    refusalReason: c.refusalReason.value,
  };
}

/** Validators that depend on other fields; `revalidateDecision` re-runs them when those change. */
export const DecisionValidators = {
  maxChildren: ((control) => {
    const v = formValue(control);
    if (!v || !isGrant(v.decision)) return null;
    const n = control.value as number | null;
    if (n === null || (control.value as unknown) === '') return { required: true };
    if (!Number.isInteger(n)) return { integer: true };
    if (n < 1) return { min: { min: 1, actual: n } };
    if (n > PERMIT_MAX_CHILDREN) return { max: { max: PERMIT_MAX_CHILDREN, actual: n } };
    return null;
  }) satisfies ValidatorFn,

  reasonForFewerChildren: ((control) => {
    const v = formValue(control);
    return v && needsReason(v) && !String(control.value ?? '').trim() ? { reasonRequired: { max: PERMIT_MAX_CHILDREN } } : null;
  }) satisfies ValidatorFn,

  conditions: ((control) => {
    const v = formValue(control);
    return v && needsCondition(v) ? { conditionRequired: true } : null;
  }) satisfies ValidatorFn,

  refusalReason: ((control) => {
    const v = formValue(control);
    return v && v.decision === 'refuse' && !String(control.value ?? '').trim() ? { refusalReasonRequired: true } : null;
  }) satisfies ValidatorFn,
};

export function createDecisionForm(requestedMaxChildren: number | null = null): DecisionForm {
  const initialChildren =
    requestedMaxChildren !== null && Number.isInteger(requestedMaxChildren) && requestedMaxChildren >= 1
      ? Math.min(requestedMaxChildren, PERMIT_MAX_CHILDREN)
      : PERMIT_MAX_CHILDREN;
  return new FormGroup<DecisionControls>({
    decision: new FormControl<Decision | null>(null, Validators.required),
    maxChildren: new FormControl<number | null>(initialChildren, DecisionValidators.maxChildren),
    reasonForFewerChildren: new FormControl('', {
      nonNullable: true,
      validators: [DecisionValidators.reasonForFewerChildren, Validators.maxLength(PERMIT_LIMITS.reasonMaxLength)],
    }),
    rooms: new FormControl<string[]>([], { nonNullable: true }),
    conditions: new FormControl<string[]>([], { nonNullable: true, validators: DecisionValidators.conditions }),
    validFrom: new FormControl<Date | null>(null),
    refusalReason: new FormControl('', {
      nonNullable: true,
      validators: [DecisionValidators.refusalReason, Validators.maxLength(PERMIT_LIMITS.refusalReasonMaxLength)],
    }),
  });
}

/** Re-runs the validators that depend on the decision, the number of children, rooms and conditions. */
export function revalidateDecision(form: DecisionForm): void {
  const c = form.controls;
  for (const control of [c.maxChildren, c.reasonForFewerChildren, c.conditions, c.refusalReason]) {
    control.updateValueAndValidity({ emitEvent: false });
  }
  form.updateValueAndValidity({ emitEvent: false });
}

/**
 * The request body for the chosen decision: a refusal sends only its reason; a grant sends the
 * number of children, the reason only below the maximum, rooms and conditions only "with
 * conditions", and the start of validity as `YYYY-MM-DD` (the server's default is the day of issue).
 */
export function toDecideDto(v: DecisionValue): DecideDto {
  if (v.decision === 'refuse') {
    return { decision: 'refuse', refusalReason: v.refusalReason.trim() };
  }
  if (!isGrant(v.decision)) {
    throw new Error('Keine Entscheidung gewählt.');
  }
  const dto: DecideDto = { decision: v.decision as Decision, maxChildren: v.maxChildren ?? undefined };
  if (needsReason(v)) dto.reasonForFewerChildren = v.reasonForFewerChildren.trim();
  if (v.decision === 'grant_with_conditions') {
    const rooms = v.rooms.map((r) => r.trim()).filter(Boolean);
    const conditions = v.conditions.map((c) => c.trim()).filter(Boolean);
    if (rooms.length) dto.rooms = rooms;
    if (conditions.length) dto.conditions = conditions;
  }
  const validFrom = isoDateOrUndefined(v.validFrom);
  if (validFrom) dto.validFrom = validFrom;
  return dto;
}
