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

  it('maps the profile and upload validators, with parameters where the message needs them', () => {
    expect(describeErrors({ postcode: true })).toEqual({ key: 'validation.postcode' });
    expect(describeErrors({ quarterHour: true })).toEqual({ key: 'validation.quarterHour' });
    expect(describeErrors({ timeOrder: true })).toEqual({ key: 'validation.timeOrder' });
    expect(describeErrors({ timeOverlap: { rows: [1] } })).toEqual({ key: 'validation.timeOverlap' });
    expect(describeErrors({ ageOrder: true })).toEqual({ key: 'validation.ageOrder' });
    expect(describeErrors({ adult: true })).toEqual({ key: 'validation.adult' });
    expect(describeErrors({ min: { min: 0, actual: -1 } })).toEqual({ key: 'validation.min', params: { min: 0 } });
    expect(describeErrors({ max: { max: 14, actual: 20 } })).toEqual({ key: 'validation.max', params: { max: 14 } });
    expect(describeErrors({ fileSize: { max: '10 MB' } })).toEqual({ key: 'validation.fileSize', params: { max: '10 MB' } });
    expect(describeErrors({ fileType: true })).toEqual({ key: 'validation.fileType' });
  });

  it('offers translations for the server codes of the profile validators', () => {
    expect(describeErrors({ server: { message: 'Das Ende muss nach dem Beginn liegen.', code: 'isTimeAfter' } })?.altKey).toBe(
      'validation.timeOrder',
    );
    expect(describeErrors({ server: { message: 'Überschneidung', code: 'noOverlappingTimes' } })?.altKey).toBe('validation.timeOverlap');
    // `matches` serves several patterns: the German text is kept for every language.
    expect(
      describeErrors({ server: { message: 'Bitte eine fünfstellige Postleitzahl angeben.', code: 'matches' } })?.altKey,
    ).toBeUndefined();
  });
});
