import { CAPACITY_LEGAL_MAXIMA, capacitySettings, DEFAULT_CAPACITY_SETTINGS, validateCapacitySettings } from './capacity-settings';

describe('capacity: office settings', () => {
  it('has the NRW defaults within the legal maxima', () => {
    expect(DEFAULT_CAPACITY_SETTINGS).toEqual({
      maxPresent: 5,
      maxContracts: 8,
      ownChildrenCount: true,
      siteMaxPresent: 9,
      siteMaxChildminders: 3,
      siteMaxContracts: null,
    });
    expect(CAPACITY_LEGAL_MAXIMA).toEqual({
      maxPresent: 5,
      maxContracts: 10,
      siteMaxPresent: 9,
      siteMaxChildminders: 3,
      siteMaxContracts: 15,
    });
    expect(validateCapacitySettings(DEFAULT_CAPACITY_SETTINGS)).toEqual([]);
  });

  it('allows an office with 10 contracts and a site cap of 15', () => {
    expect(validateCapacitySettings({ ...DEFAULT_CAPACITY_SETTINGS, maxContracts: 10, siteMaxContracts: 15 })).toEqual([]);
  });

  it('refuses values above the legal maxima, below 1, non-integers and missing booleans', () => {
    const problems = validateCapacitySettings({
      maxPresent: 6,
      maxContracts: 11,
      siteMaxPresent: 0,
      siteMaxChildminders: 2.5,
      siteMaxContracts: 16,
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['maxPresent', 'range'],
      ['maxContracts', 'range'],
      ['siteMaxPresent', 'range'],
      ['siteMaxChildminders', 'int'],
      ['siteMaxContracts', 'range'],
      ['ownChildrenCount', 'boolean'],
    ]);
    expect(problems[1].message).toBe(
      'Betreuungsverträge je Tagespflegeperson: erlaubt sind 1 bis 10 (gesetzliche Höchstgrenze 10); 11 ist nicht zulässig.',
    );
    expect(validateCapacitySettings(null)).toHaveLength(6);
  });

  it('merges stored settings over the defaults and refuses invalid ones', () => {
    expect(capacitySettings({ maxContracts: 10, ownChildrenCount: false })).toEqual({
      ...DEFAULT_CAPACITY_SETTINGS,
      maxContracts: 10,
      ownChildrenCount: false,
    });
    expect(capacitySettings(null)).toEqual(DEFAULT_CAPACITY_SETTINGS);
    expect(() => capacitySettings({ maxPresent: 6 })).toThrow(RangeError);
  });
});
