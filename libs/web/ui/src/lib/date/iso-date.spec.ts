import { fromIsoDate, localDate, parseUserDate, toIsoDate } from './iso-date';

describe('ISO calendar dates', () => {
  it('formats local dates as YYYY-MM-DD without going through UTC', () => {
    expect(toIsoDate(new Date(2021, 2, 1))).toBe('2021-03-01');
    expect(toIsoDate(new Date(2021, 2, 1, 0, 30))).toBe('2021-03-01');
    expect(toIsoDate(new Date(2020, 11, 31, 23, 59))).toBe('2020-12-31');
  });

  it('round-trips through fromIsoDate', () => {
    expect(toIsoDate(fromIsoDate('2019-02-28') as Date)).toBe('2019-02-28');
    expect(fromIsoDate('2019-02-30')).toBeNull();
  });

  it('rejects impossible days', () => {
    expect(localDate(2021, 1, 29)).toBeNull();
    expect(localDate(2020, 1, 29)).not.toBeNull();
  });

  it('parses German, British and ISO input', () => {
    expect(toIsoDate(parseUserDate('1.3.2021') as Date)).toBe('2021-03-01');
    expect(toIsoDate(parseUserDate('01.03.2021') as Date)).toBe('2021-03-01');
    expect(toIsoDate(parseUserDate('01/03/2021') as Date)).toBe('2021-03-01');
    expect(toIsoDate(parseUserDate(' 2021-03-01 ') as Date)).toBe('2021-03-01');
  });

  it('refuses ambiguous or invalid input', () => {
    expect(parseUserDate('01.03.21')).toBeNull();
    expect(parseUserDate('31.02.2021')).toBeNull();
    expect(parseUserDate('morgen')).toBeNull();
  });
});
