import { gridRows, gridWeekdays, peakPresent, quarterLabel, slotLevel } from './week-grid';

const grid = (set: Record<number, number>, maxPresent: number | null = 5) => {
  const present = new Array(672).fill(0);
  for (const [i, n] of Object.entries(set)) present[Number(i)] = n;
  return { present, maxPresent };
};

describe('week grid', () => {
  it('labels quarter hours', () => {
    expect(quarterLabel(24)).toBe('06:00');
    expect(quarterLabel(29)).toBe('07:15');
  });

  it('rates a slot against the limit', () => {
    expect(slotLevel(0, 5)).toBe('none');
    expect(slotLevel(3, 5)).toBe('some');
    expect(slotLevel(5, 5)).toBe('full');
    expect(slotLevel(6, 5)).toBe('over');
    expect(slotLevel(2, null)).toBe('some');
  });

  it('shows Monday to Friday, and the weekend only when used', () => {
    expect(gridWeekdays(grid({}))).toEqual([1, 2, 3, 4, 5]);
    expect(gridWeekdays(grid({ [5 * 96 + 40]: 1 }))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('builds 52 rows from 06:00 to 18:45 with the present count per weekday', () => {
    // Tuesday 08:00 (quarter 32) two children.
    const rows = gridRows(grid({ [96 + 32]: 2 }));
    expect(rows).toHaveLength(52);
    expect(rows[0].label).toBe('06:00');
    expect(rows[51].label).toBe('18:45');
    const eight = rows.find((r) => r.label === '08:00');
    expect(eight?.cells.map((c) => c.present)).toEqual([0, 2, 0, 0, 0]);
    expect(eight?.cells[1].level).toBe('some');
    expect(peakPresent(grid({ 10: 1, 20: 3 }))).toBe(3);
  });
});
