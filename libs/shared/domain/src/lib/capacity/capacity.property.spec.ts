import fc from 'fast-check';
import { parseTime, type WeeklyTime } from '../schedule/weekly-times';
import { checkCapacity, weekGrid, type CapacityCheckInput, type CapacityPlacement, type PermitPeriod } from './capacity-check';
import type { CapacityOfficeSettings } from './capacity-settings';

/*
 * The engine against a brute-force counter: every day of the new placement, every quarter hour of
 * that day's weekday, every placement re-read from its strings. Dates lie in a 60-day window with
 * small limits so that every rule is hit often; nothing starts or ends after day 104 of the window,
 * so its first 112 days stand for "open-ended".
 */
const BASE = Date.UTC(2027, 0, 4) / 86_400_000; // Monday
const HORIZON = BASE + 112;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
const hhmm = (slot: number) => `${String(Math.floor(slot / 4)).padStart(2, '0')}:${String((slot % 4) * 15).padStart(2, '0')}`;

// mostly Monday/Tuesday mornings, so that schedules meet often
const entry = fc
  .record({
    weekday: fc.oneof(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 7 })),
    start: fc.integer({ min: 28, max: 60 }),
    length: fc.integer({ min: 1, max: 24 }),
  })
  .map(({ weekday, start, length }): WeeklyTime => ({ weekday, from: hhmm(start), to: hhmm(Math.min(start + length, 95)) }));
const schedule = fc.array(entry, { maxLength: 4 }).map((list) => {
  const kept: WeeklyTime[] = [];
  for (const t of list) {
    const a = parseTime(t.from) as number;
    const b = parseTime(t.to) as number;
    if (!kept.some((k) => k.weekday === t.weekday && a < (parseTime(k.to) as number) && (parseTime(k.from) as number) < b)) kept.push(t);
  }
  return kept;
});
const dates = fc.record({ from: fc.integer({ min: -5, max: 59 }), length: fc.option(fc.integer({ min: 1, max: 45 }), { nil: null }) });
const placementArb = (childminderId: string | null) =>
  fc
    .record({ dates, schedule, childId: fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: null }), own: fc.boolean() })
    .map(({ dates: d, schedule: s, childId, own }) => ({
      childminderId,
      from: iso(BASE + d.from),
      until: d.length === null ? null : iso(BASE + d.from + d.length - 1),
      schedule: s,
      childId,
      own: own && childId === null ? true : undefined,
    }));
const withIds = (prefix: string, list: Omit<CapacityPlacement, 'id'>[]): CapacityPlacement[] =>
  list.map((p, i) => ({ ...p, id: `${prefix}${i}` }));

const inputArb: fc.Arbitrary<CapacityCheckInput> = fc
  .record({
    candidate: fc.record({ dates, schedule, own: fc.boolean(), childId: fc.option(fc.constantFrom('c1', 'c2', 'c9'), { nil: null }) }),
    mine: fc.array(placementArb(null), { maxLength: 7 }),
    site: fc.option(fc.array(fc.oneof(placementArb('b'), placementArb('c')), { maxLength: 8 }), { nil: null }),
    shareIds: fc.boolean(),
    permits: fc.array(
      fc.record({ dates: fc.oneof(fc.constant({ from: -10, length: null }), dates), maxChildren: fc.integer({ min: 1, max: 6 }) }),
      { maxLength: 3 },
    ),
    qualificationComplete: fc.boolean(),
    settings: fc.record({
      maxPresent: fc.integer({ min: 1, max: 5 }),
      maxContracts: fc.integer({ min: 1, max: 10 }),
      ownChildrenCount: fc.boolean(),
      siteMaxPresent: fc.integer({ min: 1, max: 9 }),
      siteMaxChildminders: fc.constant(3),
      siteMaxContracts: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
    }),
    maxContracts: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    exclude: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
  })
  .map((r) => {
    const mine = withIds('m', r.mine);
    // the site list may repeat the childminder's own placements (the engine must not count them twice)
    const site = r.site === null ? null : { placements: [...withIds('s', r.site), ...(r.shareIds ? mine : [])] };
    return {
      candidate: {
        from: iso(BASE + r.candidate.dates.from),
        until: r.candidate.dates.length === null ? null : iso(BASE + r.candidate.dates.from + r.candidate.dates.length - 1),
        schedule: r.candidate.schedule,
        own: r.candidate.own && r.candidate.childId === null ? true : undefined,
        childId: r.candidate.childId,
      },
      placements: mine,
      site,
      permits: r.permits.map(({ dates: d, maxChildren }): PermitPeriod => ({
        validFrom: iso(BASE + d.from),
        validUntil: d.length === null ? null : iso(BASE + d.from + d.length - 1),
        maxChildren,
      })),
      qualificationComplete: r.qualificationComplete,
      settings: r.settings as CapacityOfficeSettings,
      maxContracts: r.maxContracts,
      excludePlacementId: r.exclude === null ? null : `m${r.exclude}`,
    };
  });

const within = (p: { from: string; until?: string | null }, day: number) =>
  dayOf(p.from) <= day && (p.until == null || day <= dayOf(p.until));
const presentAt = (s: readonly WeeklyTime[], weekday: number, minute: number) =>
  s.some((t) => t.weekday === weekday && (parseTime(t.from) as number) <= minute && minute < (parseTime(t.to) as number));

/** rule → set of "day|slot|count" (slot rules) or "day|count" findings. */
function bruteForce(input: CapacityCheckInput): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (rule: string, key: string) => (out.get(rule) ?? out.set(rule, new Set()).get(rule))?.add(key);
  const { candidate: c, settings } = input;
  const mine = input.placements.filter((p) => p.id !== input.excludePlacementId);
  const mineIds = new Set(input.placements.map((p) => p.id));
  const others = (input.site?.placements ?? []).filter((p) => p.id !== input.excludePlacementId && !mineIds.has(p.id));
  const counts = (p: CapacityPlacement) => !p.own || settings.ownChildrenCount;
  const candCounts = !c.own || settings.ownChildrenCount;
  const maxContracts = Math.min(input.maxContracts ?? settings.maxContracts, 10);
  const end = c.until == null ? HORIZON : dayOf(c.until) + 1;
  for (let day = dayOf(c.from); day < end; day++) {
    const m = mine.filter((p) => within(p, day));
    const o = others.filter((p) => within(p, day));
    const candKey = c.own ? null : (c.childId ?? '#candidate');
    const keys = new Set(m.filter((p) => !p.own).map((p) => p.childId ?? `#${p.id}`));
    const siteKeys = new Set([...keys, ...o.filter((p) => !p.own).map((p) => p.childId ?? `#${p.id}`)]);
    if (candKey) {
      keys.add(candKey);
      siteKeys.add(candKey);
    }
    const covering = input.permits.filter((p) => within({ from: p.validFrom, until: p.validUntil }, day));
    const permitMax = covering.length ? Math.max(...covering.map((p) => Math.min(p.maxChildren, settings.maxPresent))) : null;
    if (permitMax === null) add('permit-validity', `${day}`);
    if (candKey && !input.qualificationComplete && keys.size > 1) add('qualification', `${day}|${keys.size}`);
    if (candKey && keys.size > maxContracts) add('contracts', `${day}|${keys.size}`);
    if (candKey && input.site && settings.siteMaxContracts !== null && siteKeys.size > settings.siteMaxContracts)
      add('site-contracts', `${day}|${siteKeys.size}`);
    if (!candCounts) continue;
    const w = isoWeekday(day);
    for (let slot = 0; slot < 96; slot++) {
      if (!presentAt(c.schedule, w, slot * 15)) continue;
      const n = 1 + m.filter((p) => counts(p) && presentAt(p.schedule, w, slot * 15)).length;
      if (permitMax !== null && n > permitMax) add('present', `${day}|${(w - 1) * 96 + slot}|${n}`);
      if (input.site) {
        const all = n + o.filter((p) => counts(p) && presentAt(p.schedule, w, slot * 15)).length;
        if (all > settings.siteMaxPresent) add('site-present', `${day}|${(w - 1) * 96 + slot}|${all}`);
      }
    }
  }
  return out;
}

function engineFindings(input: CapacityCheckInput): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const answer = checkCapacity(input);
  if (answer.fits) return out;
  for (const v of answer.violations) {
    expect(v.message.length).toBeGreaterThan(10);
    const set = out.get(v.rule) ?? out.set(v.rule, new Set()).get(v.rule) ?? new Set<string>();
    const end = v.until === null ? HORIZON : dayOf(v.until) + 1;
    if (v.slots.length)
      expect(
        v.message.startsWith(
          `${['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'][v.slots[0].weekday - 1]} ${v.slots[0].from}–${v.slots[0].to}: ${v.slots[0].count} Kinder`,
        ),
      ).toBe(true);
    // a reported slot run must occur on some day of the reported dates (nothing spurious)
    const used = new Set<number>();
    for (let day = dayOf(v.from); day < end; day++) {
      if (v.slots.length === 0) {
        set.add(v.rule === 'permit-validity' ? `${day}` : `${day}|${v.count}`);
        continue;
      }
      v.slots.forEach((s, i) => {
        if (s.weekday !== isoWeekday(day)) return;
        used.add(i);
        for (let m = parseTime(s.from) as number; m < (s.to === '24:00' ? 1440 : (parseTime(s.to) as number)); m += 15)
          set.add(`${day}|${(s.weekday - 1) * 96 + m / 15}|${s.count}`);
      });
    }
    expect(used.size).toBe(v.slots.length);
  }
  return out;
}

const sorted = (m: Map<string, Set<string>>) => Object.fromEntries([...m].filter(([, s]) => s.size).map(([k, s]) => [k, [...s].sort()]));

describe('capacity engine (property): agrees with a brute-force slot counter', () => {
  it('draws inputs that break every rule, and inputs that fit', () => {
    const seen = new Map<string, number>();
    for (const input of fc.sample(inputArb, { numRuns: 300, seed: 42 })) {
      const answer = checkCapacity(input);
      for (const rule of answer.fits ? ['fits'] : new Set(answer.violations.map((v) => v.rule))) seen.set(rule, (seen.get(rule) ?? 0) + 1);
    }
    const rare = ['fits', 'present', 'contracts', 'site-present', 'site-contracts', 'permit-validity', 'qualification'].filter(
      (rule) => (seen.get(rule) ?? 0) < 10,
    );
    expect({ rare, seen: Object.fromEntries(seen) }).toEqual({ rare: [], seen: expect.anything() });
  });

  it('finds exactly the offending days, slots and counts of every rule', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(sorted(engineFindings(input))).toEqual(sorted(bruteForce(input)));
      }),
      { numRuns: 300 },
    );
  });

  it('says "fits" exactly when the brute force finds nothing, also when it stops at the first violation', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const full = checkCapacity(input);
        expect(full.fits).toBe(bruteForce(input).size === 0);
        // the screening mode agrees on the answer and on the first violation
        const first = checkCapacity(input, { firstOnly: true });
        expect(first.fits).toBe(full.fits);
        if (!first.fits && !full.fits) {
          expect(first.violations).toHaveLength(1);
          expect([first.violations[0].rule, first.violations[0].from]).toEqual([full.violations[0].rule, full.violations[0].from]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('draws the week grid the brute force counts', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: -5, max: 65 }), (input, offset) => {
        const day = BASE + offset;
        const g = weekGrid({ date: iso(day), placements: input.placements, settings: input.settings, site: input.site });
        const mineIds = new Set(input.placements.map((p) => p.id));
        for (let slot = 0; slot < 672; slot++) {
          const w = Math.floor(slot / 96) + 1;
          const minute = (slot % 96) * 15;
          const here = (p: CapacityPlacement) => within(p, day) && presentAt(p.schedule, w, minute);
          const counted = (p: CapacityPlacement) => here(p) && (!p.own || input.settings.ownChildrenCount);
          expect(g.present[slot]).toBe(input.placements.filter(counted).length);
          expect(g.own[slot]).toBe(input.placements.filter((p) => p.own && here(p)).length);
          if (input.site)
            expect(g.site?.present[slot]).toBe(
              input.placements.filter(counted).length + input.site.placements.filter((p) => !mineIds.has(p.id) && counted(p)).length,
            );
        }
      }),
      { numRuns: 30 },
    );
  });
});
