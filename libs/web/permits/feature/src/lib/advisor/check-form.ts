import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CheckKind, Criterion, FindingRating, Recommendation, RecordCheckDto } from '@lotse/shared/contracts';
import { CRITERION_VALUES, PERMIT_LIMITS } from '@lotse/web/permits/data-access';
import { LotseValidators, toIsoDate } from '@lotse/web/ui';

export type FindingControls = FormGroup<{ rating: FormControl<FindingRating | null>; note: FormControl<string> }>;

export interface CheckControls {
  kind: FormControl<CheckKind>;
  date: FormControl<Date | null>;
  personsPresent: FormControl<string[]>;
  roomsChecked: FormControl<string[]>;
  findings: FormGroup<Record<Criterion, FindingControls>>;
  notes: FormControl<string>;
  recommendation: FormControl<Recommendation | null>;
}

export type CheckForm = FormGroup<CheckControls>;

function finding(): FindingControls {
  return new FormGroup({
    rating: new FormControl<FindingRating | null>(null, Validators.required),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PERMIT_LIMITS.findingNoteMaxLength) }),
  });
}

/**
 * "Hausbesuch / Eignungsgespräch erfassen": kind, date (not in the future), who was present, which
 * rooms were seen, a rating and a note per criterion, notes and the recommendation. The form's
 * shape follows `RecordCheckDto`, so server errors (`findings.rooms.rating`) land on their fields.
 */
export function createCheckForm(kind: CheckKind = 'home_visit'): CheckForm {
  return new FormGroup<CheckControls>({
    kind: new FormControl<CheckKind>(kind, { nonNullable: true, validators: Validators.required }),
    date: new FormControl<Date | null>(null, [Validators.required, LotseValidators.notInFuture]),
    personsPresent: new FormControl<string[]>([], { nonNullable: true }),
    roomsChecked: new FormControl<string[]>([], { nonNullable: true }),
    findings: new FormGroup(Object.fromEntries(CRITERION_VALUES.map((c) => [c, finding()])) as Record<Criterion, FindingControls>),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PERMIT_LIMITS.checkNotesMaxLength) }),
    recommendation: new FormControl<Recommendation | null>(null, Validators.required),
  });
}

/** The request body; only call with a valid form (date and ratings set). */
export function toRecordCheckDto(form: CheckForm): RecordCheckDto {
  const v = form.getRawValue();
  if (!v.date || !v.recommendation) throw new Error('Unvollständiges Formular.');
  const findings = Object.fromEntries(
    CRITERION_VALUES.map((c) => {
      const f = v.findings[c];
      const note = f.note.trim();
      return [c, note ? { rating: f.rating as FindingRating, note } : { rating: f.rating as FindingRating }];
    }),
  ) as unknown as RecordCheckDto['findings'];
  const notes = v.notes.trim();
  return {
    kind: v.kind,
    date: toIsoDate(v.date),
    personsPresent: v.personsPresent,
    roomsChecked: v.roomsChecked,
    findings,
    ...(notes ? { notes } : {}),
    recommendation: v.recommendation,
  };
}
