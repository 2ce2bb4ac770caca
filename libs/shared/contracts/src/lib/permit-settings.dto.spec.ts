import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { UpdatePermitSettingsDto } from './permit-settings.dto';

/** Field paths as the API reports them (see flattenValidationErrors in server/core). */
function errors(plain: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (list: ValidationError[], parent: string) => {
    for (const e of list) {
      const field = parent ? `${parent}.${e.property}` : e.property;
      if (e.constraints) out[field] = Object.values(e.constraints);
      if (e.children?.length) walk(e.children, field);
    }
  };
  walk(validateSync(plainToInstance(UpdatePermitSettingsDto, plain), { whitelist: true, forbidNonWhitelisted: true }), '');
  return out;
}

const valid = () => ({
  settings: {
    numberPrefix: 'KAM',
    validityYears: 5,
    maxChildren: 5,
    siteMaxChildminders: 3,
    siteMaxChildren: 9,
    fourEyes: false,
    reminderMonthsBeforeExpiry: [6, 1],
  },
  texts: {
    legalBasis: '§ 43 SGB VIII',
    dutiesToInform: ['einen Umzug'],
    legalRemedy: 'Klage beim VG Arnsberg',
    department: 'Familienbüro',
    place: 'Kamen',
    signatoryTitle: 'Fachberatung',
  },
  version: 1,
});

describe('UpdatePermitSettingsDto', () => {
  it('accepts the NRW defaults', () => {
    expect(errors(valid())).toEqual({});
  });

  it('caps the rules at the legal maxima (§ 43 SGB VIII, Großtagespflege NRW)', () => {
    const body = valid();
    Object.assign(body.settings, { maxChildren: 6, siteMaxChildminders: 4, siteMaxChildren: 10, validityYears: 0 });
    expect(errors(body)).toEqual({
      'settings.maxChildren': ['Der Wert darf höchstens 5 sein.'],
      'settings.siteMaxChildminders': ['Der Wert darf höchstens 3 sein.'],
      'settings.siteMaxChildren': ['Der Wert darf höchstens 9 sein.'],
      'settings.validityYears': ['Der Wert muss mindestens 1 sein.'],
    });
  });

  it('checks the prefix, the reminder months and fourEyes', () => {
    const body = valid();
    Object.assign(body.settings, { numberPrefix: 'kam1', reminderMonthsBeforeExpiry: [6, 6], fourEyes: 'ja' });
    const e = errors(body);
    expect(e['settings.numberPrefix']).toEqual(['Bitte 2 bis 6 Großbuchstaben (A–Z) angeben, z. B. KAM.']);
    expect(e['settings.reminderMonthsBeforeExpiry']).toEqual(['Jeder Wert darf nur einmal vorkommen.']);
    expect(e['settings.fourEyes']).toEqual(['Bitte ja oder nein angeben.']);
    Object.assign(body.settings, { reminderMonthsBeforeExpiry: [13, 6, 3, 1] });
    expect(errors(body)['settings.reminderMonthsBeforeExpiry']).toEqual(
      expect.arrayContaining(['Höchstens 3 Einträge.', 'Der Wert darf höchstens 12 sein.']),
    );
    Object.assign(body.settings, { reminderMonthsBeforeExpiry: [] });
    expect(errors(body)['settings.reminderMonthsBeforeExpiry']).toEqual(['Mindestens ein Eintrag.']);
  });

  it('requires every text and 1–10 duties', () => {
    const body = valid();
    Object.assign(body.texts, { legalRemedy: '   ', dutiesToInform: [] });
    expect(errors(body)).toEqual({
      'texts.legalRemedy': ['Dieses Feld ist erforderlich.'],
      'texts.dutiesToInform': ['Mindestens ein Eintrag.'],
    });
    Object.assign(body.texts, { legalRemedy: 'x', dutiesToInform: Array(11).fill('Umzug') });
    expect(errors(body)['texts.dutiesToInform']).toEqual(['Höchstens 10 Einträge.']);
  });

  it('refuses missing groups and unknown fields', () => {
    const e = errors({ version: 1, settings: { ...valid().settings, extra: 1 } });
    expect(e['texts']).toContain('Dieses Feld ist erforderlich.');
    expect(e['settings.extra']).toBeDefined();
  });

  it('no longer takes the letterhead: the office contact is edited on "Amtsdaten" only', () => {
    const e = errors({ ...valid(), office: { name: 'Familienbüro', postcode: '59174' } });
    expect(Object.keys(e)).toEqual(['office']);
  });
});
