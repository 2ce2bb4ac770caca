import { consultationSessions, daysOfMonth } from './consultation-sessions';

const KAMEN = [
  { weekday: 1, from: '10:00', to: '12:00' },
  { weekday: 3, from: '14:00', to: '16:00' },
  { weekday: 4, from: '15:00', to: '17:00' },
];

describe('open consultation sessions of a month', () => {
  it('lays Mon 10–12, Wed 14–16, Thu 15–17 onto December 2026 and marks Christmas', () => {
    const s = consultationSessions('2026-12', KAMEN, 'NW');
    // Mondays 7, 14, 21, 28; Wednesdays 2, 9, 16, 23, 30; Thursdays 3, 10, 17, 24, 31.
    expect(s).toHaveLength(14);
    expect(s[0]).toEqual({ date: '2026-12-02', weekday: 3, from: '14:00', to: '16:00', holiday: null });
    expect(s.filter((x) => x.holiday)).toEqual([]);
  });

  it('marks sessions on public holidays (Easter Monday, Ascension Day 2026)', () => {
    const april = consultationSessions('2026-04', KAMEN, 'NW');
    expect(april.find((x) => x.date === '2026-04-06')?.holiday).toMatch(/Ostermontag/);
    const may = consultationSessions('2026-05', KAMEN, 'NW');
    expect(may.filter((x) => x.holiday).map((x) => x.date)).toEqual(['2026-05-14', '2026-05-25']); // Christi Himmelfahrt (Thu), Pfingstmontag (Mon)
  });

  it('knows month lengths and refuses junk', () => {
    expect(daysOfMonth('2028-02')).toHaveLength(29);
    expect(daysOfMonth('2026-02')).toHaveLength(28);
    expect(() => daysOfMonth('2026-13')).toThrow(RangeError);
  });
});
