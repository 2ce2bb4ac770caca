import type { PermitSettingsDto } from '@lotse/shared/contracts';
import { createPermitSettingsForm, dutyLines, fillPermitSettingsForm, toPermitSettingsBody } from './permit-settings-form';

const dto = (): PermitSettingsDto => ({
  settings: {
    numberPrefix: 'KAM',
    validityYears: 5,
    maxChildren: 5,
    siteMaxChildminders: 3,
    siteMaxChildren: 9,
    fourEyes: false,
    reminderMonthsBeforeExpiry: [1, 6],
  },
  texts: {
    legalBasis: '§ 43 SGB VIII',
    dutiesToInform: ['einen Umzug,', 'das Ende der Tätigkeit.'],
    legalRemedy: 'Klage',
    department: 'Familienbüro',
    place: 'Kamen',
    signatoryTitle: 'Fachberatung',
  },
  office: {
    name: 'Familienbüro',
    street: 'Rathausplatz 1',
    postcode: '59174',
    city: 'Kamen',
    phone: '02307 148-0',
    email: 'familienbuero@kamen.example',
  },
  version: 4,
  updatedAt: '2026-11-25T09:00:00.000Z',
});

describe('permit settings form', () => {
  it('round-trips the settings: duties one per line, reminder months newest first, the version sent back', () => {
    const form = createPermitSettingsForm();
    fillPermitSettingsForm(form, dto());
    expect(form.valid).toBe(true);
    expect(form.controls.texts.controls.dutiesToInform.value).toBe('einen Umzug,\ndas Ende der Tätigkeit.');
    form.controls.settings.patchValue({ validityYears: '3' as unknown as number, fourEyes: true });
    const body = toPermitSettingsBody(form, 4);
    const { updatedAt: _updatedAt, office: _letterhead, ...expected } = dto();
    expect(body).toEqual({
      ...expected,
      settings: { ...expected.settings, validityYears: 3, fourEyes: true, reminderMonthsBeforeExpiry: [6, 1] },
    });
  });

  it('mirrors the legal maxima and the list sizes of the DTO', () => {
    const form = createPermitSettingsForm();
    fillPermitSettingsForm(form, dto());
    const s = form.controls.settings.controls;
    s.maxChildren.setValue(6);
    s.siteMaxChildminders.setValue(4);
    s.siteMaxChildren.setValue(10);
    s.validityYears.setValue(2.5);
    s.numberPrefix.setValue('ka');
    s.reminderMonthsBeforeExpiry.setValue([12, 6, 3, 1]);
    form.controls.texts.controls.dutiesToInform.setValue(' \n ');
    expect(s.maxChildren.errors).toMatchObject({ max: { max: 5 } });
    expect(s.siteMaxChildminders.errors).toMatchObject({ max: { max: 3 } });
    expect(s.siteMaxChildren.errors).toMatchObject({ max: { max: 9 } });
    expect(s.validityYears.errors).toMatchObject({ integer: true });
    expect(s.numberPrefix.errors).toHaveProperty('pattern');
    expect(s.reminderMonthsBeforeExpiry.errors).toEqual({ reminderCount: true });
    expect(form.controls.texts.controls.dutiesToInform.errors).toEqual({ dutiesCount: true });
  });

  it('ignores blank lines between duties', () => {
    expect(dutyLines('  a \n\n b\n')).toEqual(['a', 'b']);
  });
});
