import {
  addWorkingDays,
  instantIn,
  isoWeek,
  isoWeekRange,
  isWorkingDay,
  publicHoliday,
  startOfDayIn,
  workingDaysBetween,
} from './working-days';

describe('working-day calendar (NRW)', () => {
  it('skips Christmas and the weekend: Thursday 2026-12-24 + 2 working days = Tuesday 2026-12-29', () => {
    expect(addWorkingDays('2026-12-24', 1, 'NW')).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-24', 2, 'NW')).toBe('2026-12-29');
    expect(publicHoliday('2026-12-25', 'NW')?.name).toMatch(/Weihnacht/);
    expect(publicHoliday('2026-12-26', 'NW')).not.toBeNull();
    expect(publicHoliday('2026-12-24', 'NW')).toBeNull();
  });

  it('skips Good Friday and Easter Monday: Thursday 2026-04-02 + 2 = Wednesday 2026-04-08', () => {
    expect(isWorkingDay('2026-04-03', 'NW')).toBe(false); // Karfreitag
    expect(isWorkingDay('2026-04-06', 'NW')).toBe(false); // Ostermontag
    expect(addWorkingDays('2026-04-02', 1, 'NW')).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 2, 'NW')).toBe('2026-04-08');
  });

  it('knows NRW holidays other states do not have, and the other way round', () => {
    // Fronleichnam (Corpus Christi) 2026-06-04 and Allerheiligen 2027-11-01 (a Monday) are NRW holidays.
    expect(isWorkingDay('2026-06-04', 'NW')).toBe(false);
    expect(isWorkingDay('2026-06-04', 'BE')).toBe(true);
    expect(addWorkingDays('2027-10-29', 1, 'NW')).toBe('2027-11-02');
    // Reformationstag 2025-10-31 (Friday) is a holiday in Saxony, not in NRW.
    expect(isWorkingDay('2025-10-31', 'NW')).toBe(true);
    expect(isWorkingDay('2025-10-31', 'SN')).toBe(false);
    // New Year 2027 is a Friday: Thursday 2026-12-31 + 1 → Monday 2027-01-04.
    expect(addWorkingDays('2026-12-31', 1, 'NW')).toBe('2027-01-04');
  });

  it('counts from a weekend or holiday to the next working days', () => {
    expect(addWorkingDays('2026-12-26', 2, 'NW')).toBe('2026-12-29');
    expect(addWorkingDays('2026-11-28', 2, 'NW')).toBe('2026-12-01'); // Saturday → Mon, Tue
    expect(addWorkingDays('2026-11-25', 0, 'NW')).toBe('2026-11-25');
    expect(addWorkingDays('2026-11-23', 5, 'NW')).toBe('2026-11-30'); // a plain week
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2026-12-24', '2026-12-29', 'NW')).toBe(2);
    expect(workingDaysBetween('2026-12-29', '2026-12-24', 'NW')).toBe(0);
    expect(workingDaysBetween('2026-04-02', '2026-04-08', 'NW')).toBe(2);
  });

  it('refuses malformed input', () => {
    expect(() => addWorkingDays('2026-02-30', 1, 'NW')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-10', -1, 'NW')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-10', 1.5, 'NW')).toThrow(RangeError);
  });

  it('gives instants of Berlin days across the DST switch', () => {
    expect(startOfDayIn('2026-12-30', 'Europe/Berlin').toISOString()).toBe('2026-12-29T23:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(instantIn('2026-03-30', '10:00', 'Europe/Berlin').toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(instantIn('2026-03-27', '10:00', 'Europe/Berlin').toISOString()).toBe('2026-03-27T09:00:00.000Z');
  });

  it('names ISO weeks (2026 has 53)', () => {
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeekRange('2026-12-31')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});
