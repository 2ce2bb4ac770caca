import { fromMonths, maxFor, toMonths } from './ages';

describe('ages in months or years', () => {
  it('converts to months for the API', () => {
    expect(toMonths(3, 'years')).toBe(36);
    expect(toMonths(18, 'months')).toBe(18);
  });

  it('shows whole years as years, everything else as months', () => {
    expect(fromMonths(36)).toEqual({ value: 3, unit: 'years' });
    expect(fromMonths(18)).toEqual({ value: 18, unit: 'months' });
    expect(fromMonths(0)).toEqual({ value: 0, unit: 'months' });
  });

  it('limits by unit (168 months = 14 years)', () => {
    expect(maxFor('months')).toBe(168);
    expect(maxFor('years')).toBe(14);
  });
});
