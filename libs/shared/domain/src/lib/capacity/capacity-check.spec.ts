import type { WeeklyTime } from '../schedule/weekly-times';
import {
  checkCapacity,
  weekGrid,
  type CapacityAnswer,
  type CapacityCheckInput,
  type CapacityPlacement,
  type CapacityViolation,
  type PermitPeriod,
} from './capacity-check';
import { DEFAULT_CAPACITY_SETTINGS as S } from './capacity-settings';
import { CapacityInputError } from './week-slots';

const WORKDAYS = [1, 2, 3, 4, 5];
const times = (from: string, to: string, days = WORKDAYS): WeeklyTime[] => days.map((weekday) => ({ weekday, from, to }));
const PERMIT_5: PermitPeriod = { validFrom: '2026-01-01', validUntil: '2030-12-31', maxChildren: 5 };

let seq = 0;
const placement = (schedule: WeeklyTime[], extra: Partial<CapacityPlacement> = {}): CapacityPlacement => ({
  id: `p${++seq}`,
  from: '2026-08-01',
  until: null,
  schedule,
  ...extra,
});
const many = (n: number, schedule: WeeklyTime[], extra: Partial<CapacityPlacement> = {}) =>
  Array.from({ length: n }, () => placement(schedule, extra));

type Over = Partial<Omit<CapacityCheckInput, 'candidate'>> & { candidate?: Partial<CapacityCheckInput['candidate']> };
function check(schedule: WeeklyTime[], over: Over = {}): CapacityAnswer {
  const { candidate, ...rest } = over;
  return checkCapacity({
    candidate: { from: '2027-02-01', until: '2027-07-31', schedule, ...candidate },
    placements: [],
    permits: [PERMIT_5],
    qualificationComplete: true,
    settings: S,
    ...rest,
  });
}
const violations = (a: CapacityAnswer): CapacityViolation[] => (a.fits ? [] : a.violations);
const rules = (a: CapacityAnswer) => violations(a).map((v) => v.rule);

describe('capacity engine', () => {
  it('fits an empty childminder', () => {
    expect(check(times('07:00', '16:00'))).toEqual({ fits: true });
  });

  describe('the 5-children limit per slot', () => {
    const fourFullDays = many(4, times('07:00', '16:00'));

    it('fits a 5th child and refuses a 6th, naming the first slot and the rule', () => {
      expect(check(times('07:00', '16:00'), { placements: fourFullDays })).toEqual({ fits: true });
      const a = check(times('07:00', '16:00'), { placements: [...fourFullDays, placement(times('12:00', '12:15', [1]))] });
      expect(violations(a)).toEqual([
        {
          rule: 'present',
          from: '2027-02-01',
          until: '2027-07-31',
          limit: 5,
          count: 6,
          slots: [{ weekday: 1, from: '12:00', to: '12:15', count: 6 }],
          message: 'Mo 12:00–12:15: 6 Kinder gleichzeitig anwesend (höchstens 5), vom 01.02.2027 bis 31.07.2027.',
        },
      ]);
    });

    it('lets two children share one place: mornings and afternoons', () => {
      const placements = [...fourFullDays, placement(times('07:00', '12:00'))];
      expect(check(times('12:00', '16:00'), { placements })).toEqual({ fits: true });
      const a = check(times('11:45', '16:00'), { placements });
      expect(violations(a)).toHaveLength(1);
      expect(violations(a)[0].slots.map((s) => `${s.weekday} ${s.from}-${s.to}`)).toEqual([
        '1 11:45-12:00',
        '2 11:45-12:00',
        '3 11:45-12:00',
        '4 11:45-12:00',
        '5 11:45-12:00',
      ]);
      expect(violations(a)[0].message).toBe(
        'Mo 11:45–12:00: 6 Kinder gleichzeitig anwesend (höchstens 5), vom 01.02.2027 bis 31.07.2027; ebenso Di 11:45–12:00, Mi 11:45–12:00, Do 11:45–12:00 u. a.',
      );
    });

    it('counts on other weekdays separately', () => {
      const placements = [...many(4, times('07:00', '16:00', [1, 2, 3])), ...many(4, times('07:00', '16:00', [4, 5]))];
      expect(check(times('07:00', '16:00'), { placements, settings: { ...S, maxContracts: 10 } })).toEqual({ fits: true });
    });

    it('splits runs where the count changes', () => {
      const placements = [...fourFullDays, placement(times('08:00', '09:00', [2])), placement(times('08:30', '10:00', [2]))];
      const v = violations(check(times('07:00', '16:00', [2]), { placements }))[0];
      expect(v.slots.map((s) => `${s.from}-${s.to}:${s.count}`)).toEqual(['08:00-08:30:6', '08:30-09:00:7', '09:00-10:00:6']);
      expect(v.count).toBe(7);
    });
  });

  describe('edge times (15-minute boundaries)', () => {
    const five = many(5, times('07:00', '07:15'));
    it.each([
      ['07:15', '08:00', true],
      ['06:45', '07:00', true],
      ['06:45', '07:15', false],
      ['07:00', '07:15', false],
      ['07:00', '07:30', false],
    ])('%s–%s next to five children 07:00–07:15 fits: %p', (from, to, fits) => {
      const a = check(times(from, to, [1]), { placements: five });
      expect(a.fits).toBe(fits);
      if (!a.fits) expect(a.violations[0].slots.map((s) => `${s.from}-${s.to}`)).toEqual(['07:00-07:15']);
    });
  });

  describe('the contract limit', () => {
    // eight children on separate afternoons: never more than one present
    const eight = Array.from({ length: 8 }, (_, i) =>
      placement([{ weekday: (i % 5) + 1, from: i < 5 ? '13:00' : '15:00', to: i < 5 ? '14:00' : '16:00' }]),
    );

    it('refuses a 9th contract although nobody else is present then (default 8)', () => {
      const a = check(times('07:00', '09:00', [1]), { placements: eight });
      expect(violations(a)).toEqual([
        {
          rule: 'contracts',
          from: '2027-02-01',
          until: '2027-07-31',
          limit: 8,
          count: 9,
          slots: [],
          message: '9 Betreuungsverträge gleichzeitig (höchstens 8), vom 01.02.2027 bis 31.07.2027.',
        },
      ]);
    });

    it('allows up to 10 for a tenant with 10, and not 11', () => {
      const settings = { ...S, maxContracts: 10 };
      expect(check(times('07:00', '09:00', [1]), { placements: eight, settings })).toEqual({ fits: true });
      const nine = [...eight, placement(times('09:00', '10:00', [1]))];
      expect(check(times('07:00', '09:00', [1]), { placements: nine, settings })).toEqual({ fits: true });
      const ten = [...nine, placement(times('10:00', '11:00', [1]))];
      expect(violations(check(times('07:00', '09:00', [1]), { placements: ten, settings }))[0]).toMatchObject({
        rule: 'contracts',
        count: 11,
        limit: 10,
      });
    });

    it('takes the childminder’s granted exception, capped at the legal 10', () => {
      expect(check(times('07:00', '09:00', [1]), { placements: eight, maxContracts: 10 })).toEqual({ fits: true });
      const ten = [...eight, ...many(2, times('09:00', '10:00', [1]))];
      expect(violations(check(times('07:00', '09:00', [1]), { placements: ten, maxContracts: 12 }))[0]).toMatchObject({
        rule: 'contracts',
        limit: 10,
      });
    });

    it('counts one child with two placements once', () => {
      const six = eight.slice(0, 6);
      const twice = [
        placement(times('07:00', '08:00', [2]), { childId: 'c1' }),
        placement(times('09:00', '10:00', [3]), { childId: 'c1' }),
      ];
      expect(check(times('07:00', '09:00', [1]), { placements: [...six, ...twice] })).toEqual({ fits: true });
      expect(
        check(times('07:00', '09:00', [1]), {
          placements: [...eight.slice(0, 7), placement(times('07:00', '08:00', [2]), { childId: 'c9' })],
          candidate: { childId: 'c9' },
        }),
      ).toEqual({ fits: true });
    });
  });

  describe('the permit', () => {
    it('applies a permit for 3', () => {
      const permits = [{ ...PERMIT_5, maxChildren: 3 }];
      const placements = many(2, times('07:00', '12:00'));
      expect(check(times('08:00', '12:00'), { permits, placements })).toEqual({ fits: true });
      const a = check(times('08:00', '12:00'), { permits, placements: [...placements, placement(times('11:00', '14:00', [5]))] });
      expect(violations(a)[0].message).toBe('Fr 11:00–12:00: 4 Kinder gleichzeitig anwesend (höchstens 3), vom 01.02.2027 bis 31.07.2027.');
    });

    it('never allows more than the office’s maximum, whatever the permit says', () => {
      const a = check(times('07:00', '12:00', [1]), {
        permits: [{ ...PERMIT_5, maxChildren: 6 }],
        placements: many(5, times('07:00', '12:00', [1])),
      });
      expect(violations(a)[0]).toMatchObject({ rule: 'present', limit: 5 });
    });

    it('refuses a placement that runs past the permit’s end unless a renewal is issued', () => {
      const permits = [{ validFrom: '2022-06-01', validUntil: '2027-05-31', maxChildren: 5 }];
      expect(violations(check(times('07:00', '12:00'), { permits }))).toEqual([
        {
          rule: 'permit-validity',
          from: '2027-06-01',
          until: '2027-07-31',
          limit: null,
          count: null,
          slots: [],
          message:
            'Keine gültige Pflegeerlaubnis vom 01.06.2027 bis 31.07.2027: Die Betreuung darf nicht über die Erlaubnis hinaus laufen.',
        },
      ]);
      expect(violations(check(times('07:00', '12:00'), { permits, candidate: { until: null } }))[0].message).toBe(
        'Keine gültige Pflegeerlaubnis ab 01.06.2027: Die Betreuung darf nicht über die Erlaubnis hinaus laufen.',
      );
      const renewed = [...permits, { validFrom: '2027-06-01', validUntil: '2032-05-31', maxChildren: 5 }];
      expect(check(times('07:00', '12:00'), { permits: renewed })).toEqual({ fits: true });
      expect(rules(check(times('07:00', '12:00'), { permits: renewed, candidate: { until: null } }))).toEqual(['permit-validity']);
    });

    it('refuses a placement that starts before the permit and one without any permit', () => {
      expect(violations(check(times('07:00', '12:00'), { permits: [{ ...PERMIT_5, validFrom: '2027-03-01' }] }))[0]).toMatchObject({
        rule: 'permit-validity',
        from: '2027-02-01',
        until: '2027-02-28',
      });
      expect(violations(check(times('07:00', '12:00'), { permits: [] }))[0]).toMatchObject({
        rule: 'permit-validity',
        from: '2027-02-01',
        until: '2027-07-31',
      });
    });

    it('uses the renewal’s number from its first day', () => {
      const permits = [
        { validFrom: '2022-06-01', validUntil: '2027-05-31', maxChildren: 5 },
        { validFrom: '2027-06-01', validUntil: '2032-05-31', maxChildren: 4 },
      ];
      const a = check(times('07:00', '12:00'), { permits, placements: many(4, times('07:00', '12:00')) });
      expect(violations(a)).toHaveLength(1);
      expect(violations(a)[0]).toMatchObject({ rule: 'present', from: '2027-06-01', until: '2027-07-31', limit: 4, count: 5 });
    });
  });

  describe('dates: placements that start later or end earlier', () => {
    const four = many(4, times('07:00', '16:00'));

    it('counts a placement that starts after the new one', () => {
      const later = placement(times('07:00', '16:00'), { from: '2027-05-01' });
      expect(violations(check(times('07:00', '16:00'), { placements: [...four, later] }))).toMatchObject([
        { rule: 'present', from: '2027-05-01', until: '2027-07-31' },
      ]);
    });

    it('ignores a placement that ends before the new one starts, and counts one until it ends', () => {
      const ended = placement(times('07:00', '16:00'), { from: '2026-01-01', until: '2027-01-31' });
      expect(check(times('07:00', '16:00'), { placements: [...four, ended] })).toEqual({ fits: true });
      const ending = placement(times('07:00', '16:00'), { from: '2026-01-01', until: '2027-03-31' });
      expect(violations(check(times('07:00', '16:00'), { placements: [...four, ending] }))).toMatchObject([
        { rule: 'present', from: '2027-02-01', until: '2027-03-31' },
      ]);
    });

    it('ignores a placement that starts after the new one ends', () => {
      const future = placement(times('07:00', '16:00'), { from: '2027-08-01' });
      expect(check(times('07:00', '16:00'), { placements: [...four, future] })).toEqual({ fits: true });
      expect(
        violations(
          check(times('07:00', '16:00'), {
            placements: [...four, future],
            candidate: { until: null },
            permits: [{ ...PERMIT_5, validUntil: null }],
          }),
        ),
      ).toMatchObject([{ rule: 'present', from: '2027-08-01', until: null }]);
    });

    it('touches on the day: ending on 31 January and starting on 1 February do not meet', () => {
      const ended = placement(times('07:00', '16:00'), { until: '2027-01-31' });
      expect(check(times('07:00', '16:00'), { placements: [...four, ended] }).fits).toBe(true);
      const endsOnStart = placement(times('07:00', '16:00'), { until: '2027-02-01' });
      expect(violations(check(times('07:00', '16:00'), { placements: [...four, endsOnStart] }))).toMatchObject([
        { rule: 'present', from: '2027-02-01', until: '2027-02-01' },
      ]);
    });

    it('within a stretch shorter than a week, checks only the weekdays it contains', () => {
      // 2027-02-01 is a Monday; the Friday child leaves on Wednesday 2027-02-03
      const fridays = [...many(4, times('07:00', '16:00', [5])), placement(times('07:00', '16:00', [5]), { until: '2027-02-03' })];
      expect(check(times('07:00', '16:00', [5]), { placements: fridays })).toEqual({ fits: true });
      const leavesFriday = [...many(4, times('07:00', '16:00', [5])), placement(times('07:00', '16:00', [5]), { until: '2027-02-05' })];
      const v = violations(check(times('07:00', '16:00', [5]), { placements: leavesFriday }));
      expect(v).toMatchObject([{ rule: 'present', from: '2027-02-01', until: '2027-02-05' }]);
      expect(v[0].message).toContain('vom 01.02.2027 bis 05.02.2027');
    });

    it('reports one finding across cuts made by unrelated placements', () => {
      const unrelated = [
        placement(times('17:00', '18:00', [6]), { from: '2027-03-01', until: '2027-04-15' }),
        placement(times('17:00', '18:00', [6]), { from: '2027-05-01' }),
      ];
      const a = check(times('07:00', '16:00'), { placements: [...four, placement(times('08:00', '09:00', [1])), ...unrelated] });
      expect(violations(a)).toMatchObject([{ rule: 'present', from: '2027-02-01', until: '2027-07-31' }]);
    });

    it('names a single day with "am"', () => {
      const a = check(times('07:00', '16:00'), {
        placements: [...four, placement(times('07:00', '16:00'), { until: '2027-02-01' })],
        candidate: { until: '2027-02-10' },
      });
      expect(violations(a)[0].message).toContain(', am 01.02.2027.');
    });

    it('leaves out a replaced placement (schedule change)', () => {
      const own = placement(times('07:00', '12:00'));
      expect(check(times('07:00', '16:00'), { placements: [...four, own], excludePlacementId: own.id })).toEqual({ fits: true });
      expect(check(times('07:00', '16:00'), { placements: [...four, own] }).fits).toBe(false);
    });
  });

  describe('own children', () => {
    const four = many(4, times('07:00', '16:00'));
    const ownChild = placement(times('07:00', '16:00'), { own: true });

    it('count toward the children present when the office says so (default)', () => {
      expect(violations(check(times('07:00', '16:00'), { placements: [...four, ownChild] }))[0]).toMatchObject({
        rule: 'present',
        count: 6,
      });
    });

    it('do not count when the office says so', () => {
      expect(check(times('07:00', '16:00'), { placements: [...four, ownChild], settings: { ...S, ownChildrenCount: false } })).toEqual({
        fits: true,
      });
    });

    it('never count as contracts', () => {
      const eight = Array.from({ length: 7 }, (_, i) => placement([{ weekday: (i % 5) + 1, from: '13:00', to: '14:00' }]));
      expect(
        check(times('07:00', '08:00', [6]), { placements: [...eight, ownChild, placement(times('10:00', '11:00', [6]), { own: true })] }),
      ).toEqual({ fits: true });
    });

    it('an own child as the candidate needs a free slot only when own children count', () => {
      const five = many(5, times('07:00', '16:00'));
      expect(check(times('07:00', '16:00'), { placements: five, candidate: { own: true } }).fits).toBe(false);
      expect(
        check(times('07:00', '16:00'), { placements: five, candidate: { own: true }, settings: { ...S, ownChildrenCount: false } }),
      ).toEqual({ fits: true });
    });
  });

  describe('qualification (KiBiz §21)', () => {
    it('allows one child before the qualification is complete, not a second', () => {
      expect(check(times('07:00', '12:00'), { qualificationComplete: false })).toEqual({ fits: true });
      const a = check(times('07:00', '12:00'), { qualificationComplete: false, placements: [placement(times('13:00', '16:00'))] });
      expect(violations(a)).toEqual([
        {
          rule: 'qualification',
          from: '2027-02-01',
          until: '2027-07-31',
          limit: 1,
          count: 2,
          slots: [],
          message:
            'Vor Abschluss der Qualifizierung darf nur 1 Kind betreut werden (KiBiz § 21); es wären 2, vom 01.02.2027 bis 31.07.2027.',
        },
      ]);
      expect(check(times('07:00', '12:00'), { qualificationComplete: true, placements: [placement(times('13:00', '16:00'))] })).toEqual({
        fits: true,
      });
    });

    it('does not count own children', () => {
      expect(
        check(times('07:00', '12:00'), { qualificationComplete: false, placements: [placement(times('07:00', '16:00'), { own: true })] }),
      ).toEqual({ fits: true });
    });
  });

  describe('Großtagespflege', () => {
    const other = (childminderId: string, n: number, schedule: WeeklyTime[]) => many(n, schedule, { childminderId });

    it('allows 9 children present with 3 childminders whose permits are for 5 each (not the sum of the permits)', () => {
      const site = { placements: [...other('b', 3, times('07:00', '16:00')), ...other('c', 3, times('07:00', '16:00'))] };
      expect(check(times('07:00', '16:00'), { placements: many(2, times('07:00', '16:00')), site })).toEqual({ fits: true });
    });

    it('refuses a 10th child present at the site although the childminder has room', () => {
      const site = { placements: [...other('b', 3, times('07:00', '16:00')), ...other('c', 3, times('07:00', '16:00'))] };
      const a = check(times('07:00', '16:00'), { placements: many(3, times('07:00', '12:00')), site });
      expect(violations(a)).toHaveLength(1);
      expect(violations(a)[0]).toMatchObject({ rule: 'site-present', limit: 9, count: 10 });
      expect(violations(a)[0].message).toBe(
        'Mo 07:00–12:00: 10 Kinder gleichzeitig in der Großtagespflege anwesend (höchstens 9), vom 01.02.2027 bis 31.07.2027; ebenso Di 07:00–12:00, Mi 07:00–12:00, Do 07:00–12:00 u. a.',
      );
      expect(check(times('12:00', '16:00'), { placements: many(3, times('07:00', '12:00')), site })).toEqual({ fits: true });
    });

    it('still applies the childminder’s own limits', () => {
      const site = { placements: other('b', 1, times('07:00', '16:00')) };
      expect(rules(check(times('07:00', '16:00'), { placements: many(5, times('07:00', '16:00')), site }))).toEqual(['present']);
    });

    it('counts the site’s placements that start later and ignores ended ones', () => {
      const site = {
        placements: [
          ...other('b', 4, times('07:00', '16:00')),
          ...other('c', 1, times('07:00', '16:00')).map((p) => ({ ...p, until: '2027-01-31' })),
          ...other('c', 2, times('07:00', '16:00')).map((p) => ({ ...p, from: '2027-04-01' })),
        ],
      };
      const a = check(times('07:00', '16:00'), { placements: many(3, times('07:00', '16:00')), site });
      expect(violations(a)).toMatchObject([{ rule: 'site-present', from: '2027-04-01', until: '2027-07-31', count: 10 }]);
    });

    it('ignores the childminder’s own placements in the site list (no double count)', () => {
      const mine = many(4, times('07:00', '16:00'));
      const site = { placements: [...mine, ...other('b', 4, times('07:00', '16:00'))] };
      expect(check(times('07:00', '16:00'), { placements: mine, site })).toEqual({ fits: true });
    });

    it('applies the site’s contract cap where the office set one', () => {
      const settings = { ...S, siteMaxContracts: 15 };
      const short = (i: number) => [
        {
          weekday: (i % 5) + 1,
          from: `${String(8 + Math.floor(i / 5)).padStart(2, '0')}:00`,
          to: `${String(8 + Math.floor(i / 5)).padStart(2, '0')}:30`,
        },
      ];
      const site = {
        placements: [
          ...Array.from({ length: 7 }, (_, i) => placement(short(i), { childminderId: 'b' })),
          ...Array.from({ length: 5 }, (_, i) => placement(short(i + 7), { childminderId: 'c' })),
        ],
      };
      const mine = many(2, times('13:00', '14:00', [1]));
      expect(check(times('15:00', '16:00', [1]), { placements: mine, site, settings })).toEqual({ fits: true });
      expect(check(times('15:00', '16:00', [1]), { placements: [...mine, placement(times('14:00', '15:00', [1]))], site })).toEqual({
        fits: true,
      });
      const a = check(times('15:00', '16:00', [1]), { placements: [...mine, placement(times('14:00', '15:00', [1]))], site, settings });
      expect(violations(a)).toEqual([
        {
          rule: 'site-contracts',
          from: '2027-02-01',
          until: '2027-07-31',
          limit: 15,
          count: 16,
          slots: [],
          message: '16 Betreuungsverträge in der Großtagespflege (höchstens 15), vom 01.02.2027 bis 31.07.2027.',
        },
      ]);
    });
  });

  it('answers only the first violation when asked to stop there (screening)', () => {
    const permits = [{ validFrom: '2022-06-01', validUntil: '2027-05-31', maxChildren: 5 }];
    const placements = [...many(4, times('07:00', '16:00')), placement(times('07:00', '16:00'), { from: '2027-03-01' })];
    const a = checkCapacity(
      {
        candidate: { from: '2027-02-01', until: '2027-07-31', schedule: times('07:00', '16:00') },
        placements,
        permits,
        qualificationComplete: true,
        settings: S,
      },
      { firstOnly: true },
    );
    expect(violations(a)).toMatchObject([{ rule: 'present', from: '2027-03-01', until: '2027-05-31' }]);
  });

  it('orders several findings by date, then rule', () => {
    const permits = [{ validFrom: '2022-06-01', validUntil: '2027-05-31', maxChildren: 5 }];
    const a = check(times('07:00', '16:00'), {
      permits,
      qualificationComplete: false,
      placements: [...many(4, times('07:00', '16:00')), placement(times('07:00', '16:00'), { from: '2027-03-01' })],
    });
    expect(violations(a).map((v) => `${v.from} ${v.rule}`)).toEqual([
      '2027-02-01 qualification',
      '2027-03-01 qualification',
      '2027-03-01 present',
      '2027-06-01 permit-validity',
    ]);
  });

  it('counts a new placement without times as a contract only', () => {
    const eight = Array.from({ length: 8 }, (_, i) => placement([{ weekday: (i % 5) + 1, from: '13:00', to: '14:00' }]));
    expect(check([], { placements: many(5, times('07:00', '16:00')) })).toEqual({ fits: true });
    expect(rules(check([], { placements: eight }))).toEqual(['contracts']);
  });

  it('lets a placement end on the permit’s last day, not a day later', () => {
    expect(check(times('07:00', '12:00'), { candidate: { until: '2030-12-31' } })).toEqual({ fits: true });
    expect(violations(check(times('07:00', '12:00'), { candidate: { until: '2031-01-01' } }))).toMatchObject([
      { rule: 'permit-validity', from: '2031-01-01', until: '2031-01-01' },
    ]);
  });

  describe('input errors', () => {
    it('refuses an off-grid or overlapping new schedule', () => {
      expect(() => check([{ weekday: 1, from: '12:10', to: '13:00' }])).toThrow('Mo 12:10 liegt nicht im 15-Minuten-Raster.');
      expect(() => check([...times('07:00', '12:00'), { weekday: 1, from: '11:00', to: '13:00' }])).toThrow(CapacityInputError);
    });

    it('names a stored placement with a bad schedule or date', () => {
      const bad = placement([{ weekday: 1, from: '07:00', to: '07:00' }]);
      expect(() => check(times('07:00', '12:00'), { placements: [bad] })).toThrow(expect.objectContaining({ placementId: bad.id }));
      expect(() => check(times('07:00', '12:00'), { placements: [placement(times('07:00', '08:00'), { from: '2027-02-30' })] })).toThrow(
        '„2027-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).',
      );
    });

    it('reads leap days as calendar dates', () => {
      expect(
        check(times('07:00', '12:00'), {
          candidate: { from: '2028-02-29', until: '2028-03-01' },
          permits: [{ ...PERMIT_5, validUntil: null }],
        }),
      ).toEqual({ fits: true });
      expect(() => check(times('07:00', '12:00'), { candidate: { from: '2027-02-29' } })).toThrow(
        '„2027-02-29“ ist kein gültiges Datum (JJJJ-MM-TT).',
      );
      expect(() => check(times('07:00', '12:00'), { candidate: { from: '2027-2-01' } })).toThrow(CapacityInputError);
    });

    it('refuses an end before the start', () => {
      expect(() => check(times('07:00', '12:00'), { candidate: { until: '2027-01-31' } })).toThrow(
        'Das Ende der Betreuung liegt vor ihrem Beginn.',
      );
      expect(() => check(times('07:00', '12:00'), { permits: [{ ...PERMIT_5, validUntil: '2025-12-31' }] })).toThrow(
        'Das Ende der Pflegeerlaubnis liegt vor ihrem Beginn.',
      );
      expect(() => weekGrid({ date: '2027-13-01', placements: [], settings: S })).toThrow(CapacityInputError);
      expect(check(times('07:00', '12:00'), { candidate: { until: '2027-02-01' } })).toEqual({ fits: true });
    });
  });
});

describe('week grid', () => {
  it('counts present children per slot on a date, own children per the setting', () => {
    const placements = [
      placement(times('07:00', '12:00'), { childId: 'a' }),
      placement(times('07:00', '16:00', [1]), { childId: 'b', until: '2027-02-28' }),
      placement(times('12:00', '16:00'), { childId: 'c', from: '2027-03-01' }),
      placement(times('08:00', '09:00', [1]), { own: true }),
    ];
    const g = weekGrid({ date: '2027-02-15', placements, permits: [PERMIT_5], settings: S });
    expect(g.present).toHaveLength(672);
    expect(g.present[28]).toBe(2); // Mo 07:00
    expect(g.present[32]).toBe(3); // Mo 08:00 with the own child
    expect(g.own[32]).toBe(1);
    expect(g.present[48]).toBe(1); // Mo 12:00
    expect(g.present[96 + 48]).toBe(0); // Di 12:00
    expect(g).toMatchObject({ date: '2027-02-15', maxPresent: 5, contracts: 2, site: null });

    const later = weekGrid({ date: '2027-03-01', placements, settings: { ...S, ownChildrenCount: false } });
    expect(later.present[32]).toBe(1);
    expect(later.own[32]).toBe(1);
    expect(later.present[48]).toBe(1);
    expect(later).toMatchObject({ maxPresent: null, contracts: 2 });
  });

  it('adds the site picture for a Großtagespflege', () => {
    const mine = [placement(times('07:00', '12:00'))];
    const g = weekGrid({
      date: '2027-02-15',
      placements: mine,
      settings: S,
      site: { placements: [...mine, ...many(3, times('07:00', '09:00'), { childminderId: 'b' })] },
    });
    expect(g.site).toMatchObject({ maxPresent: 9, contracts: 4 });
    expect(g.site?.present[28]).toBe(4);
    expect(g.present[28]).toBe(1);
  });
});
