import { FormControl, FormGroup } from '@angular/forms';
import { LotseValidators } from './validators';

describe('LotseValidators', () => {
  it.each(['', '02307 123456', '+49 2307 123-456', '0171/1234567', '(02307) 12345'.slice(1)])('accepts phone "%s"', (value) => {
    expect(LotseValidators.phone(new FormControl(value))).toBeNull();
  });

  it.each(['abc', '12', '0171 abc 123', '++49 123456'])('rejects phone "%s"', (value) => {
    expect(LotseValidators.phone(new FormControl(value))).toEqual({ phone: true });
  });

  it('rejects dates in the future but accepts today', () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(LotseValidators.notInFuture(new FormControl(tomorrow))).toEqual({ dateNotFuture: true });
    expect(LotseValidators.notInFuture(new FormControl(new Date()))).toBeNull();
    expect(LotseValidators.notInFuture(new FormControl(null))).toBeNull();
  });
});

describe('LotseValidators for the childminder profile', () => {
  it.each([
    ['59174', null],
    ['', null],
    ['5917', { postcode: true }],
    ['59174a', { postcode: true }],
  ])('postcode "%s"', (value, result) => {
    expect(LotseValidators.postcode(new FormControl(value))).toEqual(result);
  });

  it.each([
    ['07:30', null],
    ['23:45', null],
    ['', null],
    ['07:10', { quarterHour: true }],
    ['7:30', { time: true }],
    ['24:00', { time: true }],
  ])('time "%s"', (value, result) => {
    expect(LotseValidators.quarterHour(new FormControl(value))).toEqual(result);
  });

  it('accepts whole numbers only', () => {
    expect(LotseValidators.integer(new FormControl(3))).toBeNull();
    expect(LotseValidators.integer(new FormControl(null))).toBeNull();
    expect(LotseValidators.integer(new FormControl(2.5))).toEqual({ integer: true });
  });

  it('requires an adult', () => {
    const now = new Date();
    expect(LotseValidators.adult(new FormControl(new Date(now.getFullYear() - 30, 0, 1)))).toBeNull();
    expect(LotseValidators.adult(new FormControl(new Date(now.getFullYear() - 17, now.getMonth(), now.getDate())))).toEqual({
      adult: true,
    });
    expect(LotseValidators.adult(new FormControl(new Date(now.getFullYear() - 18, now.getMonth(), now.getDate())))).toBeNull();
  });
});

describe('LotseValidators.repeatsPassword', () => {
  it('flags a repetition that differs from the password, and nothing while it is empty', () => {
    const form = new FormGroup({
      password: new FormControl('Ein-langes-Passwort'),
      repeat: new FormControl('', LotseValidators.repeatsPassword('password')),
    });
    expect(form.controls.repeat.errors).toBeNull();
    form.controls.repeat.setValue('Ein-anderes-Passwort');
    expect(form.controls.repeat.errors).toEqual({ passwordMismatch: true });
    form.controls.repeat.setValue('Ein-langes-Passwort');
    expect(form.controls.repeat.errors).toBeNull();
  });
});
