import { ageInMonths, isEntitled } from './entitlement';

describe('age and legal entitlement', () => {
  it('counts whole months up to the day', () => {
    expect(ageInMonths('2026-03-14', '2027-03-13')).toBe(11);
    expect(ageInMonths('2026-03-14', '2027-03-14')).toBe(12);
    expect(ageInMonths('2026-01-31', '2026-02-28')).toBe(0);
    expect(ageInMonths('2026-01-31', '2026-03-01')).toBe(1);
  });

  it('entitles from the first birthday on (§24 Abs. 2 SGB VIII)', () => {
    expect(isEntitled('2026-08-02', '2027-08-01')).toBe(false);
    expect(isEntitled('2026-08-01', '2027-08-01')).toBe(true);
    expect(isEntitled('2024-02-29', '2025-02-28')).toBe(false);
    expect(isEntitled('2024-02-29', '2025-03-01')).toBe(true);
  });
});
