import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { CareRequestDetailsDto, CareRequestDto } from '@lotse/shared/contracts';
import { MAX_DISTANCE_KM } from '@lotse/shared/contracts/values';
import {
  LotseValidators,
  fromIsoDate,
  noOverlappingTimes,
  sortWeeklyTimes,
  toIsoDate,
  toWeeklyTimeDtos,
  weeklyTimeGroup,
  type WeeklyTimeGroup,
} from '@lotse/web/ui';

/** The care request form: the same shape as the DTO, so the server's field paths map 1:1. */
export function createRequestForm() {
  return new FormGroup({
    childId: new FormControl<string | null>(null, Validators.required),
    desiredStart: new FormControl<Date | null>(null, Validators.required),
    schedule: new FormArray<WeeklyTimeGroup>(
      [weeklyTimeGroup({ weekday: 1, from: '08:00', to: '12:00' })],
      [noOverlappingTimes, Validators.required],
    ),
    address: new FormGroup({
      street: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      postcode: new FormControl('59174', { nonNullable: true, validators: [Validators.required, LotseValidators.postcode] }),
      city: new FormControl('Kamen', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    }),
    district: new FormControl<string | null>(null, Validators.required),
    maxDistanceKm: new FormControl<number | null>(MAX_DISTANCE_KM.default, [
      Validators.required,
      Validators.min(MAX_DISTANCE_KM.min),
      Validators.max(MAX_DISTANCE_KM.max),
      LotseValidators.integer,
    ]),
    needs: new FormGroup({
      specialNeeds: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
      allergies: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
      animalAllergy: new FormControl(false, { nonNullable: true }),
      nutrition: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
      languages: new FormControl('Deutsch', { nonNullable: true, validators: Validators.maxLength(400) }),
    }),
    wishes: new FormGroup({
      noSmokingHousehold: new FormControl(true, { nonNullable: true }),
      petsOk: new FormControl(true, { nonNullable: true }),
      siblingsTogether: new FormControl(false, { nonNullable: true }),
    }),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
  });
}

export type RequestForm = ReturnType<typeof createRequestForm>;

/** "Deutsch, Türkisch" → ["Deutsch", "Türkisch"] (empty entries and duplicates dropped). */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function requestDetails(form: RequestForm): CareRequestDetailsDto {
  const v = form.getRawValue();
  return {
    desiredStart: v.desiredStart ? toIsoDate(v.desiredStart) : '',
    schedule: sortWeeklyTimes(toWeeklyTimeDtos(v.schedule)),
    address: { street: v.address.street.trim(), postcode: v.address.postcode.trim(), city: v.address.city.trim() },
    district: v.district ?? '',
    maxDistanceKm: Number(v.maxDistanceKm),
    needs: {
      specialNeeds: orNull(v.needs.specialNeeds),
      allergies: orNull(v.needs.allergies),
      animalAllergy: v.needs.animalAllergy,
      nutrition: orNull(v.needs.nutrition),
      languages: splitList(v.needs.languages),
    },
    wishes: { ...v.wishes, preferredChildminderId: null },
    notes: orNull(v.notes),
  } as CareRequestDetailsDto;
}

export function fillRequestForm(form: RequestForm, r: CareRequestDto): void {
  form.controls.schedule.clear({ emitEvent: false });
  for (const t of sortWeeklyTimes(r.schedule)) form.controls.schedule.push(weeklyTimeGroup(t), { emitEvent: false });
  form.patchValue({
    childId: r.childId,
    desiredStart: fromIsoDate(r.desiredStart),
    address: r.address,
    district: r.district,
    maxDistanceKm: r.maxDistanceKm,
    needs: {
      specialNeeds: r.needs.specialNeeds ?? '',
      allergies: r.needs.allergies ?? '',
      animalAllergy: r.needs.animalAllergy,
      nutrition: r.needs.nutrition ?? '',
      languages: r.needs.languages.join(', '),
    },
    wishes: { noSmokingHousehold: r.wishes.noSmokingHousehold, petsOk: r.wishes.petsOk, siblingsTogether: r.wishes.siblingsTogether },
    notes: r.notes ?? '',
  });
}
