import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidatorFn } from '@angular/forms';
import type {
  AddressView,
  CareLocationType,
  ChildminderProfileDto,
  CreateChildminderDto,
  RegisterChildminderDto,
} from '@lotse/shared/contracts';
import type { ProfilePatch } from '@lotse/web/childminders/data-access';
import { LotseValidators, fromIsoDate, toIsoDate, type ApplyApiErrorsOptions } from '@lotse/web/ui';
import { MAX_AGE_MONTHS, fromMonths, maxFor, toMonths, type AgeUnit } from './ages';
import { noOverlappingTimes, sortWeeklyTimes, toWeeklyTimeDtos, weeklyTimeGroup, type WeeklyTimeGroup } from './weekly-times';

/**
 * - `register`: public self-registration (account + profile; e-mail and password required)
 * - `create`: an advisor opens a file (e-mail optional, no account)
 * - `edit`: own profile or an advisor editing a file (PATCH with `version`)
 */
export type ProfileFormMode = 'register' | 'create' | 'edit';

export type AddressGroup = FormGroup<{
  street: FormControl<string>;
  postcode: FormControl<string>;
  city: FormControl<string>;
}>;

export type ProfileForm = FormGroup<{
  firstName: FormControl<string>;
  lastName: FormControl<string>;
  dateOfBirth: FormControl<Date | null>;
  email: FormControl<string>;
  phone: FormControl<string>;
  password: FormControl<string>;
  privacyNoticeAccepted: FormControl<boolean>;
  address: AddressGroup;
  district: FormControl<string>;
  care: FormGroup<{
    type: FormControl<CareLocationType>;
    siteName: FormControl<string>;
    address: AddressGroup;
  }>;
  languages: FormControl<string[]>;
  hasPets: FormControl<boolean>;
  pets: FormControl<string>;
  smokingHousehold: FormControl<boolean>;
  nutrition: FormControl<string>;
  pedagogicalFocus: FormControl<string>;
  ages: FormGroup<{
    from: FormControl<number | null>;
    fromUnit: FormControl<AgeUnit>;
    to: FormControl<number | null>;
    toUnit: FormControl<AgeUnit>;
  }>;
  weeklyTimes: FormArray<WeeklyTimeGroup>;
  adultHouseholdMembers: FormControl<string[]>;
}>;

/** Where the API's field paths differ from the form (for `applyApiErrors`). */
export const PROFILE_ERROR_OPTIONS: ApplyApiErrorsOptions = {
  fieldMap: {
    careLocation: 'care',
    agesAccepted: 'ages',
    'agesAccepted.fromMonths': 'ages.from',
    'agesAccepted.toMonths': 'ages.to',
  },
  // Rendered in place by the profile form: overlapping times, the age range.
  shownInPlace: ['weeklyTimes', 'ages'],
};

const text = (max: number, required = false): FormControl<string> =>
  new FormControl('', {
    nonNullable: true,
    validators: required ? [Validators.required, Validators.maxLength(max)] : [Validators.maxLength(max)],
  });

function addressGroup(): AddressGroup {
  return new FormGroup({
    street: text(200, true),
    postcode: new FormControl('', { nonNullable: true, validators: [Validators.required, LotseValidators.postcode] }),
    city: text(100, true),
  });
}

/** Required only while `enabled(control)` holds (e.g. the care address unless "own home"). */
function requiredWhen(enabled: (control: AbstractControl) => boolean): ValidatorFn {
  return (control) => (enabled(control) ? Validators.required(control) : null);
}

/** The "to" age must not be below the "from" age (`@IsNotLessThan('fromMonths')`), compared in months. */
export const ageOrder: ValidatorFn = (control) => {
  const group = control.parent;
  if (!group) return null;
  const from = group.get('from')?.value as number | null;
  const to = control.value as number | null;
  if (from === null || to === null || from === undefined || to === undefined) return null;
  const fromUnit = group.get('fromUnit')?.value as AgeUnit;
  const toUnit = group.get('toUnit')?.value as AgeUnit;
  return toMonths(Number(to), toUnit) < toMonths(Number(from), fromUnit) ? { ageOrder: true } : null;
};

/** Upper bound of an age field, following the unit chosen next to it. */
function ageMax(unitField: 'fromUnit' | 'toUnit'): ValidatorFn {
  return (control) => {
    const unit = (control.parent?.get(unitField)?.value ?? 'months') as AgeUnit;
    return control.value !== null && control.value !== '' && Number(control.value) > maxFor(unit)
      ? { max: { max: maxFor(unit), actual: control.value } }
      : null;
  };
}

/** Both or neither: an age range needs both ends. */
function ageBoth(other: 'from' | 'to'): ValidatorFn {
  return (control) => {
    const o = control.parent?.get(other)?.value;
    const empty = (v: unknown) => v === null || v === undefined || v === '';
    return empty(control.value) && !empty(o) ? { required: true } : null;
  };
}

/** The profile form with the DTOs' rules as client validators (the server stays authoritative). */
export function createProfileForm(mode: ProfileFormMode): ProfileForm {
  const form: ProfileForm = new FormGroup({
    firstName: text(100, true),
    lastName: text(100, true),
    dateOfBirth: new FormControl<Date | null>(null, [Validators.required, LotseValidators.notInFuture, LotseValidators.adult]),
    email: new FormControl('', {
      nonNullable: true,
      validators:
        mode === 'register'
          ? [Validators.required, Validators.email, Validators.maxLength(254)]
          : [Validators.email, Validators.maxLength(254)],
    }),
    phone: new FormControl('', { nonNullable: true, validators: [LotseValidators.phone] }),
    password: new FormControl('', {
      nonNullable: true,
      validators: mode === 'register' ? [Validators.required, Validators.minLength(12), Validators.maxLength(200)] : [],
    }),
    privacyNoticeAccepted: new FormControl(false, {
      nonNullable: true,
      validators: mode === 'register' ? [(c) => (c.value === true ? null : { privacyNotice: true })] : [],
    }),
    address: addressGroup(),
    district: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    care: new FormGroup({
      type: new FormControl<CareLocationType>('own_home', { nonNullable: true, validators: [Validators.required] }),
      siteName: new FormControl('', {
        nonNullable: true,
        validators: [requiredWhen((c) => c.parent?.get('type')?.value === 'large_day_care'), Validators.maxLength(200)],
      }),
      address: addressGroup(),
    }),
    languages: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [(c) => ((c.value as string[]).length > 20 ? { max: { max: 20 } } : null)],
    }),
    hasPets: new FormControl(false, { nonNullable: true }),
    pets: new FormControl('', {
      nonNullable: true,
      validators: [requiredWhen((c) => c.parent?.get('hasPets')?.value === true), Validators.maxLength(500)],
    }),
    smokingHousehold: new FormControl(false, { nonNullable: true }),
    nutrition: text(1000),
    pedagogicalFocus: text(2000),
    ages: new FormGroup({
      from: new FormControl<number | null>(null, [Validators.min(0), LotseValidators.integer, ageMax('fromUnit'), ageBoth('to')]),
      fromUnit: new FormControl<AgeUnit>('months', { nonNullable: true }),
      to: new FormControl<number | null>(null, [Validators.min(0), LotseValidators.integer, ageMax('toUnit'), ageBoth('from'), ageOrder]),
      toUnit: new FormControl<AgeUnit>('years', { nonNullable: true }),
    }),
    weeklyTimes: new FormArray<WeeklyTimeGroup>(
      [],
      [noOverlappingTimes, (c) => ((c.value as unknown[]).length > 35 ? { max: { max: 35 } } : null)],
    ),
    adultHouseholdMembers: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [(c) => ((c.value as string[]).length > 10 ? { max: { max: 10 } } : null)],
    }),
  });
  if (mode !== 'register') {
    form.controls.password.disable();
    form.controls.privacyNoticeAccepted.disable();
  }
  linkDependentControls(form);
  return form;
}

/** Controls whose validity depends on another control are re-checked when that one changes. */
function linkDependentControls(form: ProfileForm): void {
  const care = form.controls.care;
  const syncCare = () => {
    const own = care.controls.type.value === 'own_home';
    // The care address only exists for rooms outside the own home: disabled controls are not validated.
    if (own) care.controls.address.disable({ emitEvent: false });
    else care.controls.address.enable({ emitEvent: false });
    care.controls.siteName.updateValueAndValidity({ emitEvent: false });
  };
  care.controls.type.valueChanges.subscribe(syncCare);
  syncCare();
  form.controls.hasPets.valueChanges.subscribe(() => form.controls.pets.updateValueAndValidity({ emitEvent: false }));
  const ages = form.controls.ages.controls;
  const recheckAges = () => {
    ages.from.updateValueAndValidity({ emitEvent: false });
    ages.to.updateValueAndValidity({ emitEvent: false });
  };
  ages.from.valueChanges.subscribe(() => ages.to.updateValueAndValidity({ emitEvent: false }));
  ages.to.valueChanges.subscribe(() => ages.from.updateValueAndValidity({ emitEvent: false }));
  ages.fromUnit.valueChanges.subscribe(recheckAges);
  ages.toUnit.valueChanges.subscribe(recheckAges);
}

const emptyAddress = (): AddressView => ({ street: '', postcode: '', city: '' });

/** Fills the form from a stored profile (edit mode). */
export function fillProfileForm(form: ProfileForm, p: ChildminderProfileDto): void {
  const from = p.agesAccepted ? fromMonths(p.agesAccepted.fromMonths) : null;
  const to = p.agesAccepted ? fromMonths(p.agesAccepted.toMonths) : null;
  const times = sortWeeklyTimes(p.weeklyTimes);
  form.controls.weeklyTimes.clear({ emitEvent: false });
  for (const t of times) {
    form.controls.weeklyTimes.push(weeklyTimeGroup(t), { emitEvent: false });
  }
  // `reset` resets every control it is not given a value for, the rows included.
  form.reset({
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: fromIsoDate(p.dateOfBirth),
    email: p.email ?? '',
    phone: p.phone ?? '',
    address: { ...p.address },
    district: p.district,
    care: {
      type: p.careLocation.type,
      siteName: p.careLocation.siteName ?? '',
      address: { ...(p.careLocation.address ?? emptyAddress()) },
    },
    languages: [...p.languages],
    hasPets: !!p.pets,
    pets: p.pets ?? '',
    smokingHousehold: p.smokingHousehold,
    nutrition: p.nutrition ?? '',
    pedagogicalFocus: p.pedagogicalFocus ?? '',
    ages: {
      from: from?.value ?? null,
      fromUnit: from?.unit ?? 'months',
      to: to?.value ?? null,
      toUnit: to?.unit ?? 'years',
    },
    weeklyTimes: times.map((t) => ({ weekday: t.weekday, from: t.from, to: t.to })),
    adultHouseholdMembers: [...p.adultHouseholdMembers],
  });
  // An e-mail that is also the login cannot be removed.
  if (p.userId) {
    form.controls.email.addValidators(Validators.required);
    form.controls.email.updateValueAndValidity();
  }
}

const trimmed = (v: string) => v.trim();
const orNull = (v: string) => (v.trim() ? v.trim() : null);
const address = (g: AddressGroup): AddressView => ({
  street: g.controls.street.value.trim(),
  postcode: g.controls.postcode.value.trim(),
  city: g.controls.city.value.trim(),
});

/** The fields every mode sends (call only on a valid form). */
function commonBody(form: ProfileForm) {
  const v = form.getRawValue();
  const c = form.controls.care.controls;
  const careLocation =
    v.care.type === 'own_home'
      ? { type: v.care.type }
      : v.care.type === 'large_day_care'
        ? { type: v.care.type, siteName: c.siteName.value.trim(), address: address(c.address) }
        : { type: v.care.type, address: address(c.address) };
  const hasAges = v.ages.from !== null && v.ages.to !== null;
  return {
    firstName: trimmed(v.firstName),
    lastName: trimmed(v.lastName),
    dateOfBirth: v.dateOfBirth ? toIsoDate(v.dateOfBirth) : '',
    address: address(form.controls.address),
    district: v.district,
    careLocation,
    languages: v.languages,
    pets: v.hasPets ? orNull(v.pets) : null,
    smokingHousehold: v.smokingHousehold,
    nutrition: orNull(v.nutrition),
    pedagogicalFocus: orNull(v.pedagogicalFocus),
    agesAccepted: hasAges
      ? {
          fromMonths: Math.min(MAX_AGE_MONTHS, toMonths(Number(v.ages.from), v.ages.fromUnit)),
          toMonths: Math.min(MAX_AGE_MONTHS, toMonths(Number(v.ages.to), v.ages.toUnit)),
        }
      : null,
    weeklyTimes: sortWeeklyTimes(toWeeklyTimeDtos(v.weeklyTimes)),
    adultHouseholdMembers: v.adultHouseholdMembers,
    phone: orNull(v.phone),
  };
}

/** Leaves out `null`s: a new file has nothing to clear (and the create DTOs type them as absent). */
function withoutNulls<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null)) as T;
}

export function toRegisterDto(form: ProfileForm, tenantSlug: string): RegisterChildminderDto {
  const v = form.getRawValue();
  return {
    ...(withoutNulls(commonBody(form)) as Omit<RegisterChildminderDto, 'tenantSlug' | 'email' | 'password' | 'privacyNoticeAccepted'>),
    tenantSlug,
    email: v.email.trim(),
    password: v.password,
    privacyNoticeAccepted: v.privacyNoticeAccepted,
  };
}

export function toCreateDto(form: ProfileForm): CreateChildminderDto {
  const email = form.controls.email.value.trim();
  const body = withoutNulls(commonBody(form)) as CreateChildminderDto;
  return email ? { ...body, email } : body;
}

/** The PATCH body: every field (nulls clear), the e-mail when given, and the version last read. */
export function toProfilePatch(form: ProfileForm, version: number): ProfilePatch {
  const email = form.controls.email.value.trim();
  const body: ProfilePatch = { ...(commonBody(form) as Omit<ProfilePatch, 'version'>), version };
  if (email) body.email = email;
  return body;
}
