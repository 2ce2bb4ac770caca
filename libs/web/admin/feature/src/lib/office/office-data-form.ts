import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidatorFn } from '@angular/forms';
import type { OfficeDataDto, UpdateOfficeDataDto } from '@lotse/shared/contracts';
import { OFFICE_DATA_LIMITS } from '@lotse/shared/contracts/values';
import { LotseValidators, noOverlappingTimes, timeAfterFrom, type WeeklyTimeValue } from '@lotse/web/ui';

/*
 * The form of "Amtsdaten" and its mapping to `UpdateOfficeDataDto`. Client checks mirror the DTO
 * (from < to, no overlaps on a weekday, districts unique); the server stays authoritative and its
 * field paths (`office.openingHours.0.to`, `districts`) match the form's control paths.
 */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time: ValidatorFn = (c) => (!c.value || TIME.test(c.value as string) ? null : { time: true });
const text = (max: number, required = true) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [Validators.required] : []), Validators.maxLength(max)] });

/** One entry per line, blank lines ignored. */
export const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** 1–60 districts, each once (case-insensitive, like the server). */
const districtsValid: ValidatorFn = (control: AbstractControl) => {
  const list = lines((control.value as string) ?? '');
  if (list.length < 1 || list.length > OFFICE_DATA_LIMITS.districts) return { districtsCount: { max: OFFICE_DATA_LIMITS.districts } };
  return new Set(list.map((d) => d.toLowerCase())).size === list.length ? null : { distinct: true };
};

export type ConsultationHourGroup = FormGroup<{ weekday: FormControl<number | null>; from: FormControl<string>; to: FormControl<string> }>;

export function consultationHourGroup(value: Partial<WeeklyTimeValue> = {}): ConsultationHourGroup {
  const group: ConsultationHourGroup = new FormGroup({
    weekday: new FormControl<number | null>(value.weekday ?? null, [Validators.required, Validators.min(1), Validators.max(7)]),
    from: new FormControl(value.from ?? '', { nonNullable: true, validators: [Validators.required, time] }),
    to: new FormControl(value.to ?? '', { nonNullable: true, validators: [Validators.required, time, timeAfterFrom] }),
  });
  group.controls.from.valueChanges.subscribe(() => group.controls.to.updateValueAndValidity({ emitEvent: false }));
  return group;
}

export function createOfficeDataForm() {
  return new FormGroup({
    office: new FormGroup({
      name: text(200),
      street: text(200),
      postcode: new FormControl('', { nonNullable: true, validators: [Validators.required, LotseValidators.postcode] }),
      city: text(100),
      phone: new FormControl('', { nonNullable: true, validators: [Validators.required, LotseValidators.phone] }),
      email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
      openingHours: new FormArray<ConsultationHourGroup>(
        [],
        [noOverlappingTimes, Validators.maxLength(OFFICE_DATA_LIMITS.consultationHours)],
      ),
      byAppointmentNote: text(OFFICE_DATA_LIMITS.noteLength, false),
      accessNote: text(500, false),
    }),
    districts: new FormControl('', { nonNullable: true, validators: [districtsValid] }),
    privacy: new FormGroup({
      controller: text(OFFICE_DATA_LIMITS.noteLength, false),
      dataProtectionOfficer: text(OFFICE_DATA_LIMITS.noteLength, false),
      purposes: text(20_000, false),
      legalBasis: text(4000, false),
      retention: text(4000, false),
      rights: text(20_000, false),
    }),
  });
}

export type OfficeDataForm = ReturnType<typeof createOfficeDataForm>;

export function fillOfficeDataForm(form: OfficeDataForm, dto: OfficeDataDto): void {
  const hours = form.controls.office.controls.openingHours;
  hours.clear({ emitEvent: false });
  for (const h of dto.office.openingHours) hours.push(consultationHourGroup(h), { emitEvent: false });
  form.reset({
    office: { ...dto.office, openingHours: dto.office.openingHours, accessNote: dto.office.accessNote ?? '' },
    districts: dto.districts.join('\n'),
    privacy: { ...dto.privacy, purposes: dto.privacy.purposes.join('\n'), rights: dto.privacy.rights.join('\n') },
  });
}

export function toOfficeDataBody(form: OfficeDataForm, version: number): UpdateOfficeDataDto {
  const v = form.getRawValue();
  return {
    office: {
      ...v.office,
      openingHours: v.office.openingHours.map((h) => ({ weekday: Number(h.weekday), from: h.from, to: h.to })),
    },
    districts: lines(v.districts),
    privacy: { ...v.privacy, purposes: lines(v.privacy.purposes), rights: lines(v.privacy.rights) },
    version,
  };
}
