import 'reflect-metadata';
import { buildDemandFigures, monthsBetween, plusMonth, resolveRange } from './demand-figures';

describe('demand figures', () => {
  it('walks months across the turn of the year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(plusMonth('2026-01', -1)).toBe('2025-12');
    expect(plusMonth('2026-12', -11)).toBe('2026-01');
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('defaults to the twelve months up to the current one and refuses reversed or overlong ranges', () => {
    expect(resolveRange({}, '2026-12')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(resolveRange({ to: '2026-03' }, '2026-12')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(resolveRange({ from: '2026-06' }, '2026-12')).toEqual({ from: '2026-06', to: '2026-12' });
    expect(resolveRange({ from: '2026-07', to: '2026-06' }, '2026-12')).toEqual([
      expect.objectContaining({ field: 'from', code: 'order' }),
    ]);
    expect(resolveRange({ from: '2023-01', to: '2026-01' }, '2026-12')).toEqual([
      expect.objectContaining({ field: 'from', code: 'range' }),
    ]);
    expect(resolveRange({ from: '2023-02', to: '2026-01' }, '2026-12')).toEqual({ from: '2023-02', to: '2026-01' });
  });

  it('sums per month by topic and by category, fills empty months with 0 and ignores months outside the range', () => {
    const f = buildDemandFigures(
      [
        { month: '2026-10', topic: 'childcare_place', category: 'kita_family_centre', count: 4 },
        { month: '2026-10', topic: 'childcare_place', category: 'other', count: 1 },
        { month: '2026-10', topic: 'parenting', category: 'educational_counselling', count: 2 },
        { month: '2026-12', topic: 'migration', category: 'refugee_counselling', count: 3 },
        { month: '2027-01', topic: 'migration', category: 'refugee_counselling', count: 9 },
      ],
      '2026-10',
      '2026-12',
    );
    expect(f.months).toEqual(['2026-10', '2026-11', '2026-12']);
    const topic = (k: string) => f.byTopic.find((s) => s.key === k);
    const category = (k: string) => f.byCategory.find((s) => s.key === k);
    expect(topic('childcare_place')).toEqual({ key: 'childcare_place', counts: [5, 0, 0], total: 5 });
    expect(topic('parenting')?.counts).toEqual([2, 0, 0]);
    expect(topic('migration')).toEqual({ key: 'migration', counts: [0, 0, 3], total: 3 });
    expect(topic('health')).toEqual({ key: 'health', counts: [0, 0, 0], total: 0 });
    expect(category('kita_family_centre')?.counts).toEqual([4, 0, 0]);
    expect(category('other')?.counts).toEqual([1, 0, 0]);
    expect(f.totals).toEqual([7, 0, 3]);
    expect(f.total).toBe(10);
    // Every topic and every category is there, in the fixed order, so the chart's colours stay put.
    expect(f.byTopic.map((s) => s.key)).toEqual([
      'parenting',
      'childcare_place',
      'birth_baby',
      'school',
      'financial_help',
      'migration',
      'health',
      'other',
    ]);
    expect(f.byCategory).toHaveLength(7);
  });

  it('gives an empty range all zeros', () => {
    const f = buildDemandFigures([], '2026-01', '2026-12');
    expect(f.total).toBe(0);
    expect(f.totals).toHaveLength(12);
    expect(f.byTopic.every((s) => s.total === 0 && s.counts.length === 12)).toBe(true);
  });
});
