import { permitCoveredUntil, placementState, vacancyState } from './placement-rules';

describe('placement rules', () => {
  const p5 = (validFrom: string, validUntil: string) => ({ validFrom, validUntil, maxChildren: 5 });

  it('plans a placement to the permit end, through a seamless renewal, and refuses without a permit on the start', () => {
    expect(permitCoveredUntil([p5('2026-01-01', '2030-12-31')], '2027-08-01')).toBe('2030-12-31');
    expect(permitCoveredUntil([p5('2026-01-01', '2030-12-31'), p5('2031-01-01', '2035-12-31')], '2027-08-01')).toBe('2035-12-31');
    expect(permitCoveredUntil([p5('2026-01-01', '2030-12-31'), p5('2031-02-01', '2035-12-31')], '2027-08-01')).toBe('2030-12-31');
    expect(permitCoveredUntil([p5('2026-01-01', '2027-07-31')], '2027-08-01')).toBeNull();
    expect(permitCoveredUntil([], '2027-08-01')).toBeNull();
  });

  it('derives the placement state from dates and the measles proof', () => {
    const p = { startOn: '2027-08-01', settlingInUntil: '2027-08-28', endOn: '2030-12-31' };
    expect(placementState(p, 'recorded', '2027-07-31')).toBe('upcoming');
    expect(placementState(p, 'declared', '2027-08-01')).toBe('blocked');
    expect(placementState(p, 'recorded', '2027-08-28')).toBe('settling_in');
    expect(placementState(p, 'recorded', '2027-08-29')).toBe('active');
    expect(placementState(p, 'recorded', '2031-01-01')).toBe('ended');
  });

  it('asks for confirmation after 30 days and hides after 40', () => {
    const at = (d: string) => ({ confirmedAt: new Date(`${d}T10:00:00Z`), withdrawnAt: null });
    expect(vacancyState(at('2026-11-01'), '2026-11-30')).toBe('open');
    expect(vacancyState(at('2026-11-01'), '2026-12-01')).toBe('needs_confirmation');
    expect(vacancyState(at('2026-11-01'), '2026-12-11')).toBe('hidden');
    expect(vacancyState({ confirmedAt: new Date(), withdrawnAt: new Date() }, '2026-12-11')).toBe('withdrawn');
  });
});
