import type { DemandFiguresDto } from '@lotse/shared/contracts';
import { SERIES_COLOURS, barChartData, monthLabel, monthParam, stackTotals } from './presentation';

const figures: DemandFiguresDto = {
  from: '2026-11',
  to: '2026-12',
  months: ['2026-11', '2026-12'],
  byTopic: [
    { key: 'parenting', counts: [2, 1], total: 3 },
    { key: 'childcare_place', counts: [0, 0], total: 0 },
    { key: 'birth_baby', counts: [1, 4], total: 5 },
  ],
  byCategory: [{ key: 'midwife', counts: [1, 5], total: 6 }],
  totals: [3, 5],
  total: 8,
};

/** Relative luminance contrast against white (WCAG). */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (l + 0.05);
}

describe('demand figures presentation', () => {
  it('builds stacked datasets of the series with referrals, keeping each series its colour', () => {
    const data = barChartData(figures, 'topic', (k) => `T:${k}`, 'de-DE');
    expect(data.labels).toEqual(['Nov. 2026', 'Dez. 2026']);
    expect(data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['T:parenting', [2, 1], SERIES_COLOURS[0]],
      ['T:birth_baby', [1, 4], SERIES_COLOURS[2]],
    ]);
    expect(stackTotals(data)).toEqual(figures.totals);
    expect(barChartData(figures, 'category', (k) => k, 'en-GB').datasets.map((d) => d.label)).toEqual(['midwife']);
  });

  it('uses colours with at least 4.5:1 contrast against white, all different', () => {
    for (const c of SERIES_COLOURS) expect(contrastOnWhite(c)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
  });

  it('labels months and accepts only YYYY-MM from the URL', () => {
    expect(monthLabel('2026-03', 'de-DE')).toBe('März 2026');
    expect(monthLabel('2026-03', 'en-GB')).toBe('March 2026');
    expect(monthParam('2026-03')).toBe('2026-03');
    expect(monthParam('2026-13')).toBeNull();
    expect(monthParam('x')).toBeNull();
    expect(monthParam(null)).toBeNull();
  });
});
