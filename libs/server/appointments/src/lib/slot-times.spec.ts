import { firstOverlapWithin, localDateLabel, localTimeLabel, localToInstant, seriesSlots, shortName, singleSlot } from './slot-times';

const TZ = 'Europe/Berlin';

describe('slot times (Europe/Berlin)', () => {
  it('turns a local time into the right instant in winter (UTC+1) and summer (UTC+2)', () => {
    expect(localToInstant('2026-12-03', '15:00', TZ).toISOString()).toBe('2026-12-03T14:00:00.000Z');
    expect(localToInstant('2026-07-02', '15:00', TZ).toISOString()).toBe('2026-07-02T13:00:00.000Z');
    expect(localTimeLabel(new Date('2026-12-03T14:00:00Z'), TZ)).toBe('15:00');
    expect(localDateLabel(new Date('2026-12-03T14:00:00Z'), TZ)).toBe('Do., 03.12.2026');
  });

  it('makes one slot of the given length', () => {
    const s = singleSlot('2026-12-03', '15:00', 30, TZ);
    expect([s.startsAt.toISOString(), s.endsAt.toISOString()]).toEqual(['2026-12-03T14:00:00.000Z', '2026-12-03T14:30:00.000Z']);
  });

  it('cuts a series into back-to-back slots on the chosen weekdays only, dropping a short remainder', () => {
    // 2026-11-30 is a Monday; Mon and Wed over two weeks, 09:00–10:45 in 30 min → 3 slots a day (10:30–10:45 left out).
    const slots = seriesSlots(
      { fromDate: '2026-11-30', toDate: '2026-12-13', weekdays: [1, 3], from: '09:00', to: '10:45', durationMinutes: 30 },
      TZ,
    );
    expect(slots).toHaveLength(4 * 3);
    const days = new Set(slots.map((s) => s.startsAt.toISOString().slice(0, 10)));
    expect([...days]).toEqual(['2026-11-30', '2026-12-02', '2026-12-07', '2026-12-09']);
    expect(slots.slice(0, 3).map((s) => localTimeLabel(s.startsAt, TZ))).toEqual(['09:00', '09:30', '10:00']);
    expect(firstOverlapWithin(slots)).toBeNull();
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    // 2027-03-28 is the last Sunday of March; Mondays before and after.
    const slots = seriesSlots(
      { fromDate: '2027-03-22', toDate: '2027-03-29', weekdays: [1], from: '15:00', to: '15:30', durationMinutes: 30 },
      TZ,
    );
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(['2027-03-22T14:00:00.000Z', '2027-03-29T13:00:00.000Z']);
    expect(slots.map((s) => localTimeLabel(s.startsAt, TZ))).toEqual(['15:00', '15:00']);
  });

  it('finds overlapping spans and shows advisors by first name and initial', () => {
    const a = singleSlot('2026-12-03', '15:00', 30, TZ);
    const b = singleSlot('2026-12-03', '15:15', 30, TZ);
    const c = singleSlot('2026-12-03', '15:30', 30, TZ);
    expect(firstOverlapWithin([a, c])).toBeNull();
    expect(firstOverlapWithin([c, b, a])).not.toBeNull();
    expect(shortName('Anna', 'Berger')).toBe('Anna B.');
    expect(shortName(null, null)).toBe('Fachberatung');
  });
});
