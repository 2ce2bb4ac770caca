import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { ApiError } from '@lotse/shared/contracts';
import { SERVER_ERROR, applyApiErrors, mapFieldPath } from './api-form-errors';

function form() {
  return new FormGroup({
    email: new FormControl('a@b.de', { nonNullable: true, validators: [Validators.email] }),
    name: new FormControl('', { nonNullable: true }),
    address: new FormGroup({ postcode: new FormControl('', { nonNullable: true }) }),
  });
}

const error = (errors: ApiError['errors'], message = 'Die Eingaben sind ungültig.'): ApiError => ({
  statusCode: 400,
  message,
  errors,
});

describe('applyApiErrors', () => {
  it('puts each field error on its control and needs no form-level message', () => {
    const f = form();
    const result = applyApiErrors(f, error([{ field: 'email', message: 'Bitte eine gültige E-Mail-Adresse angeben.', code: 'isEmail' }]));
    expect(result).toBeNull();
    expect(f.controls.email.errors?.[SERVER_ERROR]).toEqual({
      message: 'Bitte eine gültige E-Mail-Adresse angeben.',
      code: 'isEmail',
    });
    expect(f.controls.email.touched).toBe(true);
    expect(f.controls.name.errors).toBeNull();
  });

  it('follows dotted paths into nested groups', () => {
    const f = form();
    applyApiErrors(f, error([{ field: 'address.postcode', message: 'Bitte eine fünfstellige Postleitzahl angeben.', code: 'matches' }]));
    expect(f.get('address.postcode')?.errors?.[SERVER_ERROR].message).toBe('Bitte eine fünfstellige Postleitzahl angeben.');
  });

  it('keeps the first message when a field has several', () => {
    const f = form();
    applyApiErrors(
      f,
      error([
        { field: 'name', message: 'Dieses Feld ist erforderlich.', code: 'isNotEmpty' },
        { field: 'name', message: 'Höchstens 100 Zeichen.', code: 'maxLength' },
      ]),
    );
    expect(f.controls.name.errors?.[SERVER_ERROR].message).toBe('Dieses Feld ist erforderlich.');
  });

  it('keeps client-side errors next to the server error', () => {
    const f = form();
    f.controls.email.setValue('kaputt');
    applyApiErrors(f, error([{ field: 'email', message: 'Ungültig.', code: 'isEmail' }]));
    expect(f.controls.email.errors?.['email']).toBe(true);
    expect(f.controls.email.errors?.[SERVER_ERROR]).toBeDefined();
  });

  it('uses a field map when the form is shaped differently from the DTO', () => {
    const f = form();
    applyApiErrors(f, error([{ field: 'fullName', message: 'Zu lang.', code: 'maxLength' }]), { fieldMap: { fullName: 'name' } });
    expect(f.controls.name.errors?.[SERVER_ERROR].message).toBe('Zu lang.');
  });

  it('falls back to a form-level message for unknown fields and body-level errors', () => {
    const f = form();
    const result = applyApiErrors(
      f,
      error([
        { field: 'unknown', message: 'Unbekanntes Feld.', code: 'whitelistValidation' },
        { field: '', message: 'Die Anfrage ist leer.', code: 'isDefined' },
        { field: 'email', message: 'Ungültig.', code: 'isEmail' },
      ]),
    );
    expect(result).toBe('Unbekanntes Feld. Die Anfrage ist leer.');
    expect(f.controls.email.errors?.[SERVER_ERROR]).toBeDefined();
  });

  it('returns the general message when the server names no field', () => {
    const f = form();
    expect(applyApiErrors(f, { statusCode: 409, message: 'E-Mail-Adresse bereits vergeben.', errors: [] })).toBe(
      'E-Mail-Adresse bereits vergeben.',
    );
  });

  it('lets the server error disappear once the user edits the control', () => {
    const f = form();
    applyApiErrors(f, error([{ field: 'name', message: 'Zu lang.', code: 'maxLength' }]));
    f.controls.name.setValue('Mia');
    expect(f.controls.name.errors).toBeNull();
  });

  it('tolerates a missing errors array', () => {
    const f = form();
    expect(applyApiErrors(f, { statusCode: 500, message: 'Interner Fehler', errors: undefined as never })).toBe('Interner Fehler');
  });
});

describe('applyApiErrors with nested groups and arrays', () => {
  function profileForm() {
    return new FormGroup({
      address: new FormGroup({ street: new FormControl(''), postcode: new FormControl('') }),
      care: new FormGroup({
        type: new FormControl('other_rooms'),
        address: new FormGroup({ street: new FormControl(''), postcode: new FormControl('') }),
      }),
      ages: new FormGroup({ from: new FormControl(1), to: new FormControl(0) }),
      weeklyTimes: new FormArray([
        new FormGroup({ weekday: new FormControl(1), from: new FormControl('07:00'), to: new FormControl('12:00') }),
        new FormGroup({ weekday: new FormControl(1), from: new FormControl('11:00'), to: new FormControl('10:00') }),
      ]),
    });
  }

  it('puts errors of array rows on the row control', () => {
    const f = profileForm();
    const result = applyApiErrors(
      f,
      error([
        { field: 'weeklyTimes.1.to', message: 'Das Ende muss nach dem Beginn liegen.', code: 'isTimeAfter' },
        { field: 'address.postcode', message: 'Bitte eine fünfstellige Postleitzahl angeben.', code: 'matches' },
      ]),
    );
    expect(result).toBeNull();
    expect(f.get('weeklyTimes.1.to')?.errors?.[SERVER_ERROR].code).toBe('isTimeAfter');
    expect(f.get('weeklyTimes.0.to')?.errors).toBeNull();
    expect(f.get('address.postcode')?.touched).toBe(true);
  });

  it('maps a DTO prefix onto a differently named group, keeping the rest of the path', () => {
    const f = profileForm();
    applyApiErrors(
      f,
      error([
        { field: 'careLocation.address.street', message: 'Dieses Feld ist erforderlich.', code: 'isNotEmpty' },
        { field: 'agesAccepted.toMonths', message: 'Das Höchstalter darf nicht unter dem Mindestalter liegen.', code: 'isNotLessThan' },
      ]),
      { fieldMap: { careLocation: 'care', 'agesAccepted.toMonths': 'ages.to', 'agesAccepted.fromMonths': 'ages.from' } },
    );
    expect(f.get('care.address.street')?.errors?.[SERVER_ERROR].code).toBe('isNotEmpty');
    expect(f.get('ages.to')?.errors?.[SERVER_ERROR].code).toBe('isNotLessThan');
  });

  it('shows an array-level error in place when the template renders it', () => {
    const f = profileForm();
    const result = applyApiErrors(
      f,
      error([{ field: 'weeklyTimes', message: 'Die Zeiten überschneiden sich.', code: 'noOverlappingTimes' }]),
      { shownInPlace: ['weeklyTimes'] },
    );
    expect(result).toBeNull();
    expect(f.controls.weeklyTimes.errors?.[SERVER_ERROR].message).toBe('Die Zeiten überschneiden sich.');
  });

  it('also reports group-level errors above the form when the template does not show them', () => {
    const f = profileForm();
    const result = applyApiErrors(
      f,
      error([{ field: 'careLocation.address', message: 'Bitte die Adresse der Betreuungsräume angeben.', code: 'isDefined' }]),
      { fieldMap: { careLocation: 'care' } },
    );
    expect(result).toBe('Bitte die Adresse der Betreuungsräume angeben.');
    expect(f.get('care.address')?.errors?.[SERVER_ERROR]).toBeDefined();
  });

  it('falls back to the nearest existing ancestor for rows the form no longer has', () => {
    const f = profileForm();
    const result = applyApiErrors(f, error([{ field: 'weeklyTimes.5.from', message: 'Ungültige Uhrzeit.', code: 'matches' }]), {
      shownInPlace: ['weeklyTimes'],
    });
    expect(result).toBeNull();
    expect(f.controls.weeklyTimes.errors?.[SERVER_ERROR].message).toBe('Ungültige Uhrzeit.');
  });

  it('clears a group error once the user edits a control inside the group', () => {
    const f = profileForm();
    applyApiErrors(f, error([{ field: 'weeklyTimes', message: 'Überschneidung.', code: 'noOverlappingTimes' }]), {
      shownInPlace: ['weeklyTimes'],
    });
    f.get('weeklyTimes.1.from')?.setValue('12:00');
    expect(f.controls.weeklyTimes.errors).toBeNull();
  });
});

describe('mapFieldPath', () => {
  it('prefers an exact entry, then the longest prefix, else the path itself', () => {
    const map = { careLocation: 'care', 'careLocation.siteName': 'siteName', agesAccepted: '' };
    expect(mapFieldPath('careLocation.siteName', map)).toBe('siteName');
    expect(mapFieldPath('careLocation.address.city', map)).toBe('care.address.city');
    expect(mapFieldPath('agesAccepted.fromMonths', map)).toBe('fromMonths');
    expect(mapFieldPath('weeklyTimes.0.from', map)).toBe('weeklyTimes.0.from');
  });
});
