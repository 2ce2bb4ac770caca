import { FormControl, FormGroup, Validators, type ValidatorFn } from '@angular/forms';
import type { PermitSettingsDto, UpdatePermitSettingsDto } from '@lotse/shared/contracts';
import { LotseValidators, PERMIT_SETTINGS_LIMITS_VALUE as LIMITS } from '@lotse/web/ui';

/*
 * The form of the admin page "Einstellungen Pflegeerlaubnis" and its mapping to
 * `UpdatePermitSettingsDto`. Client checks mirror the DTO for quick feedback; the server stays
 * authoritative (its field paths, e.g. `settings.maxChildren`, match the form's control paths).
 */

const int = (max: number) =>
  new FormControl<number | null>(null, [Validators.required, Validators.min(1), Validators.max(max), LotseValidators.integer]);
const text = (max: number) => new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });

/** The duties to inform: one per line, blank lines ignored. */
export const dutyLines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const dutiesCount: ValidatorFn = (control) => {
  const n = dutyLines((control.value as string) ?? '').length;
  return n >= 1 && n <= LIMITS.dutiesToInform ? null : { dutiesCount: true };
};

const reminderCount: ValidatorFn = (control) => {
  const n = ((control.value as number[] | null) ?? []).length;
  return n >= 1 && n <= LIMITS.reminderMonths.maxItems ? null : { reminderCount: true };
};

export function createPermitSettingsForm() {
  return new FormGroup({
    settings: new FormGroup({
      numberPrefix: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[A-Z]{2,6}$/)] }),
      validityYears: int(LIMITS.validityYears),
      maxChildren: int(LIMITS.maxChildren),
      siteMaxChildminders: int(LIMITS.siteMaxChildminders),
      siteMaxChildren: int(LIMITS.siteMaxChildren),
      fourEyes: new FormControl(false, { nonNullable: true }),
      reminderMonthsBeforeExpiry: new FormControl<number[]>([], { nonNullable: true, validators: [reminderCount] }),
    }),
    texts: new FormGroup({
      legalBasis: text(4000),
      dutiesToInform: new FormControl('', { nonNullable: true, validators: [dutiesCount] }),
      legalRemedy: text(4000),
      department: text(200),
      place: text(100),
      signatoryTitle: text(200),
    }),
  });
}

export type PermitSettingsForm = ReturnType<typeof createPermitSettingsForm>;

export function fillPermitSettingsForm(form: PermitSettingsForm, dto: PermitSettingsDto): void {
  form.reset({
    settings: { ...dto.settings, reminderMonthsBeforeExpiry: [...dto.settings.reminderMonthsBeforeExpiry].sort((a, b) => b - a) },
    texts: { ...dto.texts, dutiesToInform: dto.texts.dutiesToInform.join('\n') },
  });
}

export function toPermitSettingsBody(form: PermitSettingsForm, version: number): UpdatePermitSettingsDto {
  const v = form.getRawValue();
  return {
    settings: {
      ...v.settings,
      numberPrefix: v.settings.numberPrefix.trim(),
      validityYears: Number(v.settings.validityYears),
      maxChildren: Number(v.settings.maxChildren),
      siteMaxChildminders: Number(v.settings.siteMaxChildminders),
      siteMaxChildren: Number(v.settings.siteMaxChildren),
    },
    texts: { ...v.texts, dutiesToInform: dutyLines(v.texts.dutiesToInform) },
    version,
  };
}
