import { groupByDay, officeDate, officeDayLabel, officeTime } from './slot-days';

describe('slot days', () => {
  it('groups slots by their day in Europe/Berlin, also near midnight UTC', () => {
    const slots = [
      { id: 'b', startsAt: '2026-12-03T14:00:00.000Z' },
      { id: 'a', startsAt: '2026-12-03T08:00:00.000Z' },
      // 23:30 UTC on the 3rd is 00:30 on the 4th in Berlin.
      { id: 'c', startsAt: '2026-12-03T23:30:00.000Z' },
    ];
    expect(groupByDay(slots).map((d) => [d.date, d.slots.map((s) => s.id)])).toEqual([
      ['2026-12-03', ['a', 'b']],
      ['2026-12-04', ['c']],
    ]);
    expect(officeDate('2026-12-03T23:30:00.000Z')).toBe('2026-12-04');
  });

  it("writes times and days in the office zone and the reader's language", () => {
    expect(officeTime('2026-12-03T14:00:00.000Z', 'de-DE')).toBe('15:00');
    expect(officeTime('2026-12-03T14:00:00.000Z', 'tr-TR')).toBe('15:00');
    expect(officeDayLabel('2026-12-03T14:00:00.000Z', 'de-DE')).toBe('Donnerstag, 3. Dezember 2026');
    expect(officeDayLabel('2026-12-03T14:00:00.000Z', 'tr-TR')).toContain('Aralık');
  });
});
