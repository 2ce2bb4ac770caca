import { isQuarterHour, isTimeRangeOrdered, overlappingTimes, parseTime, weeklyMinutes } from './weekly-times';

describe('weekly times', () => {
  it.each([
    ['07:30', 450],
    ['00:00', 0],
    ['23:45', 1425],
    ['7:30', null],
    ['24:00', null],
    ['12:60', null],
    ['', null],
    [null, null],
    [730, null],
  ])('parses %p as %p', (v, minutes) => expect(parseTime(v)).toBe(minutes));

  it.each([
    ['07:00', true],
    ['07:15', true],
    ['07:45', true],
    ['07:10', false],
    ['07:59', false],
    ['x', false],
  ])('%s is on the quarter-hour grid: %p', (v, ok) => expect(isQuarterHour(v)).toBe(ok));

  it('orders ranges strictly', () => {
    expect(isTimeRangeOrdered('07:00', '12:00')).toBe(true);
    expect(isTimeRangeOrdered('12:00', '12:00')).toBe(false);
    expect(isTimeRangeOrdered('13:00', '12:00')).toBe(false);
    expect(isTimeRangeOrdered('bad', '12:00')).toBe(false);
  });

  it('finds overlaps on the same weekday only; touching ranges are fine', () => {
    const times = [
      { weekday: 1, from: '07:00', to: '12:00' },
      { weekday: 1, from: '12:00', to: '14:00' },
      { weekday: 2, from: '08:00', to: '13:00' },
      { weekday: 1, from: '11:45', to: '12:15' },
      { weekday: 2, from: '13:00', to: '12:00' },
    ];
    expect(overlappingTimes(times)).toEqual([3]);
  });

  it('sums the minutes of a week', () => {
    expect(
      weeklyMinutes([
        { weekday: 1, from: '07:00', to: '12:00' },
        { weekday: 3, from: '14:00', to: '14:15' },
      ]),
    ).toBe(315);
  });
});
