import { SERVER_ERROR } from '@lotse/web/ui';
import { describePermitErrors } from './permit-field-error.pipe';

describe('describePermitErrors', () => {
  it('shows server messages first, with a translation for the permit rules in other languages', () => {
    expect(
      describePermitErrors({
        [SERVER_ERROR]: { message: 'Für weniger als 5 Kinder ist eine Begründung erforderlich.', code: 'reasonRequired' },
      }),
    ).toEqual({
      text: 'Für weniger als 5 Kinder ist eine Begründung erforderlich.',
      altKey: 'permits.validation.reasonRequired',
      params: { max: 5 },
    });
  });

  it('words the client rules of the permit forms', () => {
    expect(describePermitErrors({ reasonRequired: { max: 5 } })?.key).toBe('permits.validation.reasonRequired');
    expect(describePermitErrors({ conditionRequired: true })?.key).toBe('permits.validation.conditionRequired');
    expect(describePermitErrors({ refusalReasonRequired: true })?.key).toBe('permits.validation.refusalReasonRequired');
    expect(describePermitErrors({ max: { max: 5, actual: 6 } })).toEqual({ key: 'permits.validation.max', params: { max: 5 } });
    expect(describePermitErrors({ required: true })?.key).toBe('validation.required');
    expect(describePermitErrors(null)).toBeNull();
  });
});

describe('describePermitErrors with the required attribute', () => {
  it('prefers the rule over the generic required message', () => {
    expect(describePermitErrors({ required: true, reasonRequired: { max: 5 } })?.key).toBe('permits.validation.reasonRequired');
    expect(describePermitErrors({ required: true, refusalReasonRequired: true })?.key).toBe('permits.validation.refusalReasonRequired');
  });
});
