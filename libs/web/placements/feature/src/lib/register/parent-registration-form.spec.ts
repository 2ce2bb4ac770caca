import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { createParentRegistrationForm, toRegisterParentDto } from './parent-registration-form';

describe('parent registration form', () => {
  const create = () => TestBed.runInInjectionContext(() => createParentRegistrationForm(TestBed.inject(NonNullableFormBuilder)));

  it('needs e-mail, a password of 12 characters repeated, names and the privacy notice', () => {
    const { form } = create();
    expect(form.valid).toBe(false);
    form.setValue({
      email: 'eltern@example.org',
      password: 'kurz',
      repeat: 'kurz',
      firstName: ' Eva ',
      lastName: 'Muster',
      phone: '',
      privacyNoticeAccepted: false,
    });
    expect(form.controls.password.errors).toHaveProperty('minlength');
    expect(form.controls.privacyNoticeAccepted.errors).toEqual({ privacyNotice: true });
    form.patchValue({ password: 'ein langer Satz 1', repeat: 'ein langer Satz 2', privacyNoticeAccepted: true });
    expect(form.controls.repeat.errors).not.toBeNull();
    form.patchValue({ repeat: 'ein langer Satz 1', phone: 'abc' });
    expect(form.controls.phone.errors).toEqual({ phone: true });
    form.patchValue({ phone: '' });
    expect(form.valid).toBe(true);
  });

  it('maps to RegisterParentDto: trimmed, without the repetition, phone only when given', () => {
    const { form } = create();
    form.setValue({
      email: ' eltern@example.org ',
      password: 'ein langer Satz 1',
      repeat: 'ein langer Satz 1',
      firstName: ' Eva ',
      lastName: 'Muster ',
      phone: '',
      privacyNoticeAccepted: true,
    });
    expect(toRegisterParentDto(form, 'kamen')).toEqual({
      tenantSlug: 'kamen',
      email: 'eltern@example.org',
      password: 'ein langer Satz 1',
      firstName: 'Eva',
      lastName: 'Muster',
      privacyNoticeAccepted: true,
    });
    form.patchValue({ phone: ' 02307 123456 ' });
    expect(toRegisterParentDto(form, 'kamen').phone).toBe('02307 123456');
  });
});
