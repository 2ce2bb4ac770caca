import { formatOpeningHours, formatTimeRange, normaliseTime, weekdayName } from './opening-hours';

describe('weekdayName', () => {
  it('names ISO weekdays in German, Monday first', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName(d, 'de-DE'))).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
      'Samstag',
      'Sonntag',
    ]);
  });

  it('names them in English too', () => {
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(7, 'en-GB')).toBe('Sunday');
  });

  it('returns an empty string for invalid weekdays', () => {
    expect(weekdayName(0, 'de-DE')).toBe('');
    expect(weekdayName(8, 'de-DE')).toBe('');
    expect(weekdayName(1.5, 'de-DE')).toBe('');
  });
});

describe('time formatting', () => {
  it('normalises times to HH:MM', () => {
    expect(normaliseTime('9:00')).toBe('09:00');
    expect(normaliseTime('10:00:00')).toBe('10:00');
    expect(normaliseTime(' 14:30 ')).toBe('14:30');
  });

  it('adds "Uhr" in German only', () => {
    expect(formatTimeRange('10:00', '12:00', 'de-DE')).toBe('10:00–12:00 Uhr');
    expect(formatTimeRange('10:00:00', '12:00:00', 'en-GB')).toBe('10:00–12:00');
  });
});

describe('formatOpeningHours', () => {
  // The Familienbüro Kamen: Monday 10–12, Wednesday 14–16, Thursday 15–17 (given out of order).
  const kamen = [
    { weekday: 4, from: '15:00', to: '17:00' },
    { weekday: 1, from: '10:00', to: '12:00' },
    { weekday: 3, from: '14:00:00', to: '16:00:00' },
  ];

  it('lists the consultation hours Monday first with German weekday names', () => {
    expect(formatOpeningHours(kamen, 'de-DE')).toEqual([
      { weekday: 1, day: 'Montag', times: '10:00–12:00 Uhr' },
      { weekday: 3, day: 'Mittwoch', times: '14:00–16:00 Uhr' },
      { weekday: 4, day: 'Donnerstag', times: '15:00–17:00 Uhr' },
    ]);
  });

  it('uses English weekday names for English', () => {
    expect(formatOpeningHours(kamen, 'en-GB').map((l) => `${l.day}: ${l.times}`)).toEqual([
      'Monday: 10:00–12:00',
      'Wednesday: 14:00–16:00',
      'Thursday: 15:00–17:00',
    ]);
  });

  it('joins several ranges of the same day in time order', () => {
    expect(
      formatOpeningHours(
        [
          { weekday: 2, from: '14:00', to: '16:00' },
          { weekday: 2, from: '09:00', to: '11:00' },
        ],
        'de-DE',
      ),
    ).toEqual([{ weekday: 2, day: 'Dienstag', times: '09:00–11:00 Uhr, 14:00–16:00 Uhr' }]);
  });

  it('ignores invalid weekdays and copes with no data', () => {
    expect(formatOpeningHours([{ weekday: 9, from: '10:00', to: '12:00' }], 'de-DE')).toEqual([]);
    expect(formatOpeningHours(null, 'de-DE')).toEqual([]);
    expect(formatOpeningHours(undefined, 'de-DE')).toEqual([]);
  });
});
