import {
  checkPermitCapacity,
  DEFAULT_PERMIT_SETTINGS as S,
  formatPermitNumber,
  needsReasonForFewerChildren,
  permitValidUntil,
} from './permit-rules';

describe('permit rules (NRW defaults)', () => {
  it('is valid for 5 years', () => {
    expect(permitValidUntil('2026-12-01', S)).toBe('2031-11-30');
    expect(permitValidUntil('2028-02-29', S)).toBe('2033-02-27');
  });

  it('formats readable numbers', () => {
    expect(formatPermitNumber('KAM', 2026, 42)).toBe('KAM-2026-0042');
  });

  it('allows 1 to 5 children and refuses 6 and 0', () => {
    expect(checkPermitCapacity({ maxChildren: 5, largeDayCare: false }, S)).toEqual([]);
    expect(checkPermitCapacity({ maxChildren: 6, largeDayCare: false }, S)[0]).toMatchObject({ field: 'maxChildren', code: 'maxChildren' });
    expect(checkPermitCapacity({ maxChildren: 0, largeDayCare: false }, S)[0].code).toBe('maxChildren');
  });

  it('needs a reason for fewer than 5', () => {
    expect(checkPermitCapacity({ maxChildren: 3, largeDayCare: false }, S)[0].code).toBe('reasonRequired');
    expect(checkPermitCapacity({ maxChildren: 3, reasonForFewerChildren: 'kleine Räume', largeDayCare: false }, S)).toEqual([]);
  });

  it('needs a reason below the legal 5 whatever the office maximum (office allows 4: a permit for 4 still needs one)', () => {
    const office4 = { ...S, maxChildren: 4 };
    expect(checkPermitCapacity({ maxChildren: 4, largeDayCare: false }, office4)[0]).toMatchObject({
      field: 'reasonForFewerChildren',
      code: 'reasonRequired',
    });
    expect(checkPermitCapacity({ maxChildren: 4, reasonForFewerChildren: 'Satzung: höchstens 4', largeDayCare: false }, office4)).toEqual(
      [],
    );
    // The office's own maximum still caps: 5 is not allowed where the office allows 4.
    expect(checkPermitCapacity({ maxChildren: 5, largeDayCare: false }, office4)[0].code).toBe('maxChildren');
    expect(needsReasonForFewerChildren(5)).toBe(false);
    expect(needsReasonForFewerChildren(4)).toBe(true);
  });

  it('refuses a 4th childminder at a Großtagespflege', () => {
    const p = checkPermitCapacity(
      { maxChildren: 3, reasonForFewerChildren: 'Platz', largeDayCare: true, site: { otherChildminders: 3, otherChildren: 6 } },
      S,
    );
    expect(p.map((x) => x.code)).toContain('siteChildminders');
  });

  it('does not add up the permits at a site: three childminders may each hold a permit for 5 (the 9 is checked per slot by the capacity engine)', () => {
    expect(checkPermitCapacity({ maxChildren: 5, largeDayCare: true, site: { otherChildminders: 2, otherChildren: 10 } }, S)).toEqual([]);
  });
});
