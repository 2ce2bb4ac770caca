import type { ChildminderProfileDto } from '@lotse/shared/contracts';
import { SERVER_ERROR, applyApiErrors } from '@lotse/web/ui';
import {
  PROFILE_ERROR_OPTIONS,
  createProfileForm,
  fillProfileForm,
  toCreateDto,
  toProfilePatch,
  toRegisterDto,
  type ProfileForm,
} from './profile-form';
import { weeklyTimeGroup } from './weekly-times';

function fillValid(form: ProfileForm): void {
  form.patchValue({
    firstName: ' Lena ',
    lastName: 'Krause',
    dateOfBirth: new Date(1990, 4, 17),
    email: 'lena.krause@example.org',
    password: 'sicheres-Passwort-1',
    privacyNoticeAccepted: true,
    phone: '',
    address: { street: 'Bahnhofstraße 5', postcode: '59174', city: 'Kamen' },
    district: 'Mitte',
  });
}

const profile: ChildminderProfileDto = {
  id: 'c1',
  userId: 'u1',
  status: 'applicant',
  statusChangedAt: '2026-01-01T10:00:00Z',
  firstName: 'Ayşe',
  lastName: 'Demir',
  dateOfBirth: '1988-02-03',
  email: 'tpp2@kamen.example',
  phone: '0172 3456789',
  address: { street: 'Kaiserauer Straße 7', postcode: '59174', city: 'Kamen' },
  district: 'Methler',
  careLocation: {
    type: 'large_day_care',
    siteName: 'Sonnenblume',
    address: { street: 'Mühlenstraße 4', postcode: '59174', city: 'Kamen' },
  },
  languages: ['Deutsch', 'Türkisch'],
  pets: 'eine Katze',
  smokingHousehold: false,
  nutrition: 'Halal',
  pedagogicalFocus: null,
  agesAccepted: { fromMonths: 12, toMonths: 36 },
  weeklyTimes: [
    { weekday: 3, from: '14:00', to: '16:00' },
    { weekday: 1, from: '08:00', to: '13:00' },
  ],
  adultHouseholdMembers: [],
  nextExpiry: null,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  version: 4,
};

describe('profile form: client rules mirror the DTOs', () => {
  it('requires account, identity, address and district for a registration', () => {
    const form = createProfileForm('register');
    expect(form.valid).toBe(false);
    fillValid(form);
    expect(form.valid).toBe(true);
    form.controls.privacyNoticeAccepted.setValue(false);
    expect(form.controls.privacyNoticeAccepted.errors).toEqual({ privacyNotice: true });
  });

  it('has no password or privacy fields outside the registration', () => {
    const form = createProfileForm('edit');
    expect(form.controls.password.disabled).toBe(true);
    expect(form.controls.privacyNoticeAccepted.disabled).toBe(true);
    expect(form.controls.email.hasError('required')).toBe(false);
  });

  it('checks postcode, adulthood and phone', () => {
    const form = createProfileForm('register');
    fillValid(form);
    form.controls.address.controls.postcode.setValue('5917');
    expect(form.controls.address.controls.postcode.errors).toEqual({ postcode: true });
    const now = new Date();
    form.controls.dateOfBirth.setValue(new Date(now.getFullYear() - 16, 0, 1));
    expect(form.controls.dateOfBirth.errors).toEqual({ adult: true });
    form.controls.phone.setValue('abc');
    expect(form.controls.phone.errors).toEqual({ phone: true });
  });

  it('asks for a care address only outside the own home, and a site name only for a Großtagespflege', () => {
    const form = createProfileForm('register');
    fillValid(form);
    const care = form.controls.care.controls;
    expect(care.address.disabled).toBe(true);
    care.type.setValue('other_rooms');
    expect(care.address.enabled).toBe(true);
    expect(form.valid).toBe(false);
    care.address.setValue({ street: 'Kirchweg 2', postcode: '59174', city: 'Kamen' });
    expect(form.valid).toBe(true);
    care.type.setValue('large_day_care');
    expect(care.siteName.errors).toEqual({ required: true });
  });

  it('asks which pets only when there are some', () => {
    const form = createProfileForm('register');
    fillValid(form);
    form.controls.hasPets.setValue(true);
    expect(form.controls.pets.errors).toEqual({ required: true });
    form.controls.hasPets.setValue(false);
    expect(form.controls.pets.errors).toBeNull();
  });

  it('compares the age range across units and needs both ends', () => {
    const form = createProfileForm('register');
    const ages = form.controls.ages.controls;
    ages.from.setValue(18);
    ages.fromUnit.setValue('months');
    expect(ages.to.errors).toEqual({ required: true });
    ages.to.setValue(1);
    ages.toUnit.setValue('years');
    expect(ages.to.errors).toEqual({ ageOrder: true });
    ages.to.setValue(3);
    expect(ages.to.errors).toBeNull();
    ages.to.setValue(15);
    expect(ages.to.errors).toEqual({ max: { max: 14, actual: 15 } });
  });
});

describe('profile form: request bodies', () => {
  it('builds the registration body (trimmed, ISO date, no empty optionals)', () => {
    const form = createProfileForm('register');
    fillValid(form);
    form.controls.weeklyTimes.push(weeklyTimeGroup({ weekday: 2, from: '08:00', to: '12:00' }));
    form.controls.weeklyTimes.push(weeklyTimeGroup({ weekday: 1, from: '08:00', to: '12:00' }));
    form.controls.languages.setValue(['Deutsch']);
    form.controls.ages.patchValue({ from: 6, fromUnit: 'months', to: 3, toUnit: 'years' });
    expect(toRegisterDto(form, 'kamen')).toEqual({
      tenantSlug: 'kamen',
      email: 'lena.krause@example.org',
      password: 'sicheres-Passwort-1',
      privacyNoticeAccepted: true,
      firstName: 'Lena',
      lastName: 'Krause',
      dateOfBirth: '1990-05-17',
      address: { street: 'Bahnhofstraße 5', postcode: '59174', city: 'Kamen' },
      district: 'Mitte',
      careLocation: { type: 'own_home' },
      languages: ['Deutsch'],
      smokingHousehold: false,
      agesAccepted: { fromMonths: 6, toMonths: 36 },
      weeklyTimes: [
        { weekday: 1, from: '08:00', to: '12:00' },
        { weekday: 2, from: '08:00', to: '12:00' },
      ],
      adultHouseholdMembers: [],
    });
  });

  it('sends an advisor-created file without e-mail when none is given', () => {
    const form = createProfileForm('create');
    fillValid(form);
    form.controls.email.setValue('');
    const body = toCreateDto(form);
    expect(body).not.toHaveProperty('email');
    expect(body).not.toHaveProperty('password');
  });

  it('fills the form from a profile and sends it back as a PATCH that clears removed values', () => {
    const form = createProfileForm('edit');
    fillProfileForm(form, profile);
    expect(form.controls.ages.getRawValue()).toEqual({ from: 1, fromUnit: 'years', to: 3, toUnit: 'years' });
    expect(form.controls.weeklyTimes.getRawValue().map((t) => t.weekday)).toEqual([1, 3]);
    expect(form.controls.hasPets.value).toBe(true);
    // The login e-mail cannot be removed.
    form.controls.email.setValue('');
    expect(form.controls.email.errors).toEqual({ required: true });
    form.controls.email.setValue('tpp2@kamen.example');

    form.controls.hasPets.setValue(false);
    form.controls.phone.setValue('');
    form.controls.ages.patchValue({ from: null, to: null });
    const patch = toProfilePatch(form, profile.version);
    expect(patch).toMatchObject({
      version: 4,
      email: 'tpp2@kamen.example',
      pets: null,
      phone: null,
      agesAccepted: null,
      pedagogicalFocus: null,
      careLocation: {
        type: 'large_day_care',
        siteName: 'Sonnenblume',
        address: { street: 'Mühlenstraße 4', postcode: '59174', city: 'Kamen' },
      },
    });
  });
});

describe('profile form: server errors land under the right control', () => {
  it('maps nested and array paths, DTO names and group errors', () => {
    const form = createProfileForm('edit');
    fillProfileForm(form, profile);
    const text = applyApiErrors(
      form,
      {
        statusCode: 400,
        message: 'Die Eingaben sind unvollständig oder ungültig.',
        errors: [
          { field: 'address.postcode', message: 'Bitte eine fünfstellige Postleitzahl angeben.', code: 'matches' },
          { field: 'weeklyTimes.1.from', message: 'Bitte Uhrzeiten im Viertelstundentakt angeben.', code: 'isQuarterHour' },
          { field: 'weeklyTimes', message: 'Die Zeiten überschneiden sich.', code: 'noOverlappingTimes' },
          {
            field: 'careLocation.siteName',
            message: 'Für eine Großtagespflege bitte den Namen des Standorts angeben.',
            code: 'isNotEmpty',
          },
          { field: 'agesAccepted.toMonths', message: 'Das Höchstalter darf nicht unter dem Mindestalter liegen.', code: 'isNotLessThan' },
          { field: 'languages.1', message: 'Höchstens 50 Zeichen.', code: 'maxLength' },
          { field: 'district', message: 'Bitte einen Stadtteil wählen: Mitte, Methler.', code: 'district' },
        ],
      },
      PROFILE_ERROR_OPTIONS,
    );
    expect(text).toBeNull();
    expect(form.get('address.postcode')?.errors?.[SERVER_ERROR].code).toBe('matches');
    expect(form.get('weeklyTimes.1.from')?.errors?.[SERVER_ERROR].code).toBe('isQuarterHour');
    expect(form.controls.weeklyTimes.errors?.[SERVER_ERROR].code).toBe('noOverlappingTimes');
    expect(form.get('care.siteName')?.errors?.[SERVER_ERROR].code).toBe('isNotEmpty');
    expect(form.get('ages.to')?.errors?.[SERVER_ERROR].code).toBe('isNotLessThan');
    expect(form.controls.languages.errors?.[SERVER_ERROR].message).toBe('Höchstens 50 Zeichen.');
    expect(form.controls.district.errors?.[SERVER_ERROR].code).toBe('district');
  });

  it('reports a missing care address above the form (no single field to show it at)', () => {
    const form = createProfileForm('edit');
    fillProfileForm(form, profile);
    const text = applyApiErrors(
      form,
      {
        statusCode: 400,
        message: 'x',
        errors: [{ field: 'careLocation.address', message: 'Bitte die Adresse der Betreuungsräume angeben.', code: 'isDefined' }],
      },
      PROFILE_ERROR_OPTIONS,
    );
    expect(text).toBe('Bitte die Adresse der Betreuungsräume angeben.');
  });
});
