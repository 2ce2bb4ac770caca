import { formatDate } from './date-format';

describe('formatDate', () => {
  it('formats calendar dates without a time-zone shift', () => {
    expect(formatDate('2021-03-01', 'de-DE')).toBe('01.03.2021');
    expect(formatDate('2021-03-01', 'en-GB')).toBe('01/03/2021');
  });

  it('formats timestamps in the office time zone', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Berlin.
    expect(formatDate('2020-12-31T23:30:00.000Z', 'de-DE')).toBe('01.01.2021');
    expect(formatDate('2020-12-31T23:30:00.000Z', 'de-DE', 'dateTime')).toBe('01.01.2021, 00:30');
  });

  it('returns empty or the raw value for missing or unparsable input', () => {
    expect(formatDate(null, 'de-DE')).toBe('');
    expect(formatDate('kein Datum', 'de-DE')).toBe('kein Datum');
  });
});
