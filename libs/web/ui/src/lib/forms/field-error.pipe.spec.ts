import { describeErrors } from './field-error.pipe';

describe('describeErrors', () => {
  it('returns null without errors', () => {
    expect(describeErrors(null)).toBeNull();
  });

  it('prefers the server message and offers a translation for known codes', () => {
    expect(describeErrors({ required: true, server: { message: 'Dieses Feld ist erforderlich.', code: 'isNotEmpty' } })).toEqual({
      text: 'Dieses Feld ist erforderlich.',
      altKey: 'validation.required',
    });
  });

  it('maps client validators to translation keys with parameters', () => {
    expect(describeErrors({ required: true })).toEqual({ key: 'validation.required' });
    expect(describeErrors({ email: true })).toEqual({ key: 'validation.email' });
    expect(describeErrors({ maxlength: { requiredLength: 100, actualLength: 101 } })).toEqual({
      key: 'validation.maxLength',
      params: { max: 100 },
    });
    expect(describeErrors({ minlength: { requiredLength: 12, actualLength: 3 } })).toEqual({
      key: 'validation.minLength',
      params: { min: 12 },
    });
    expect(describeErrors({ phone: true })).toEqual({ key: 'validation.phone' });
    expect(describeErrors({ matDatepickerParse: { text: '31.02.2020' } })).toEqual({ key: 'validation.date' });
    expect(describeErrors({ matDatepickerMax: {} })).toEqual({ key: 'validation.dateNotFuture' });
    expect(describeErrors({ somethingElse: true })).toEqual({ key: 'validation.invalid' });
  });
});
