import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ApiError } from '@lotse/shared/contracts';
import { SERVER_ERROR, applyApiErrors } from './api-form-errors';

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
    const result = applyApiErrors(
      f,
      error([{ field: 'email', message: 'Bitte eine gültige E-Mail-Adresse angeben.', code: 'isEmail' }]),
    );
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
