import { daysSince } from './recheck-worklist.page';
import { EVENTS, OUTCOMES, REPORTABLE } from './recheck-labels';

describe('re-check worklist helpers', () => {
  it('counts whole days since the task was opened, never below 0', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(daysSince('2026-03-10T08:00:00Z', now)).toBe(0);
    expect(daysSince('2026-03-08T11:00:00Z', now)).toBe(2);
    expect(daysSince('2026-03-11T08:00:00Z', now)).toBe(0);
  });

  it('offers only reportable events in the portal, every cause in the filter', () => {
    expect(REPORTABLE).not.toContain('care_location');
    expect(EVENTS).toEqual(expect.arrayContaining([...REPORTABLE, 'care_location']));
    expect(OUTCOMES).toContain('amendment_started');
  });
});
