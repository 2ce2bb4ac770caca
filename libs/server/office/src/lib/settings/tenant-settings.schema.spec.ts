import { KAMEN_TENANT } from '@lotse/server/core';
import { DEFAULT_CAPACITY_SETTINGS, DEFAULT_PERMIT_SETTINGS } from '@lotse/shared/domain';
import { DEFAULT_PERMIT_TEXTS } from './permit-text-defaults';
import { sectionProblems, validateTenantSettings, withDefaults } from './tenant-settings.schema';

const fields = (errors: Array<{ field: string }>) => errors.map((e) => e.field).sort();

describe('the one tenant settings schema', () => {
  it("accepts Kamen's stored settings as they are (stored JSON stays compatible)", () => {
    expect(validateTenantSettings(withDefaults(KAMEN_TENANT.settings))).toEqual([]);
  });

  it('fills every missing section with its defaults (older rows, new offices)', () => {
    const s = withDefaults({ office: { name: 'Stadt Unna', email: 'a@unna.example' }, districts: ['Mitte'] });
    expect(s.permit).toEqual(DEFAULT_PERMIT_SETTINGS);
    expect(s.permitTexts).toEqual(DEFAULT_PERMIT_TEXTS);
    expect(s.capacity).toEqual(DEFAULT_CAPACITY_SETTINGS);
    expect(s.matching).toEqual({ tieBreak: 'lottery' });
    expect(s.office).toMatchObject({ name: 'Stadt Unna', street: '', openingHours: [], byAppointmentNote: '' });
    expect(s.office.accessNote).toBeUndefined();
    expect(s.privacy).toEqual({ controller: '', dataProtectionOfficer: '', purposes: [], legalBasis: '', retention: '', rights: [] });
  });

  it('keeps a partial section field by field and drops keys the schema does not know', () => {
    const s = withDefaults({ capacity: { maxContracts: 6, junk: 1 }, permit: { fourEyes: true }, secret: 'x' });
    expect(s.capacity).toEqual({ ...DEFAULT_CAPACITY_SETTINGS, maxContracts: 6 });
    expect(s.permit).toEqual({ ...DEFAULT_PERMIT_SETTINGS, fourEyes: true });
    expect(Object.keys(s).sort()).toEqual(['capacity', 'districts', 'matching', 'office', 'permit', 'permitTexts', 'privacy']);
  });

  it('reports every invalid field with its path and a German message', () => {
    const s = withDefaults({
      ...KAMEN_TENANT.settings,
      office: {
        ...KAMEN_TENANT.settings.office,
        postcode: '591',
        email: 'nein',
        openingHours: [
          { weekday: 1, from: '10:00', to: '09:00' },
          { weekday: 8, from: '25:00', to: '12:00' },
        ],
      },
      districts: ['Mitte', 'mitte', ''],
      capacity: {
        maxPresent: 6,
        maxContracts: 11,
        ownChildrenCount: 'ja',
        siteMaxPresent: 9,
        siteMaxChildminders: 3,
        siteMaxContracts: 16,
      },
      matching: { tieBreak: 'coin' },
      permit: { ...DEFAULT_PERMIT_SETTINGS, numberPrefix: 'kam' },
    });
    const errors = validateTenantSettings(s);
    expect(fields(errors)).toEqual(
      expect.arrayContaining([
        'office.postcode',
        'office.email',
        'office.openingHours.0.to',
        'office.openingHours.1.weekday',
        'office.openingHours.1.from',
        'districts',
        'capacity.maxPresent',
        'capacity.maxContracts',
        'capacity.ownChildrenCount',
        'capacity.siteMaxContracts',
        'matching.tieBreak',
        'permit.numberPrefix',
      ]),
    );
    const msg = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(msg['office.postcode']).toBe('Bitte eine fünfstellige Postleitzahl angeben.');
    expect(msg['office.openingHours.0.to']).toBe('Das Ende muss nach dem Beginn liegen.');
    expect(msg['capacity.maxPresent']).toBe('Der Wert darf höchstens 5 sein.');
  });

  it('refuses overlapping consultation hours on one weekday, allows them on different days', () => {
    const hours = (h: Array<[number, string, string]>) =>
      withDefaults({
        ...KAMEN_TENANT.settings,
        office: { ...KAMEN_TENANT.settings.office, openingHours: h.map(([weekday, from, to]) => ({ weekday, from, to })) },
      });
    expect(
      fields(
        sectionProblems(
          hours([
            [1, '10:00', '12:00'],
            [1, '11:30', '13:00'],
          ]),
          'office',
        ),
      ),
    ).toEqual(['office.openingHours']);
    expect(
      sectionProblems(
        hours([
          [1, '10:00', '12:00'],
          [1, '12:00', '13:00'],
          [2, '11:00', '12:00'],
        ]),
        'office',
      ),
    ).toEqual([]);
  });

  it('checks one section alone (readers fall back per section, a bad capacity never hides the districts)', () => {
    const s = withDefaults({ ...KAMEN_TENANT.settings, capacity: { maxPresent: 9 } });
    expect(fields(sectionProblems(s, 'capacity'))).toEqual(['capacity.maxPresent']);
    expect(sectionProblems(s, 'districts')).toEqual([]);
    expect(sectionProblems(s, 'office')).toEqual([]);
  });

  it('takes an optional step-free access note of at most 500 characters', () => {
    const withNote = (accessNote: unknown) =>
      withDefaults({ ...KAMEN_TENANT.settings, office: { ...KAMEN_TENANT.settings.office, accessNote } });
    expect(withNote('Barrierefreier Zugang über den Hintereingang').office.accessNote).toBe('Barrierefreier Zugang über den Hintereingang');
    expect(sectionProblems(withNote('x'.repeat(500)), 'office')).toEqual([]);
    expect(fields(sectionProblems(withNote('x'.repeat(501)), 'office'))).toEqual(['office.accessNote']);
  });
});
