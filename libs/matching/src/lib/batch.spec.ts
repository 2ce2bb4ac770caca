import fc from 'fast-check';
import { fcRuns } from '../testing/fc-runs';
import { smallInstance } from '../testing/small-instances';
import { checkResult, passesRules1to5 } from './checker';
import { generateInstance } from './generator';
import { Model } from './model';
import { match } from './result';
import { buildCandidates, AssignmentState } from './state';
import { upperBound } from './bound';
import type { Instance, MatchingResult } from './types';

/**
 * Exhaustive (independent of the engine: rules and loads from the checker): could `extra` be placed together with
 * every child placed in `result`, by any reassignment?
 */
function canPlaceAllWith(inst: Instance, result: MatchingResult, extra: string): boolean {
  const ids = [extra, ...result.assignments.map((a) => a.requestId)];
  const reqs = ids.map((id) => inst.requests.find((r) => r.id === id) ?? inst.requests[0]);
  const options = reqs.map((r) => inst.childminders.filter((m) => passesRules1to5(inst, r, m)).map((m) => m.id));
  const chosen: { requestId: string; childminderId: string }[] = [];
  const dfs = (i: number): boolean => {
    if (i === reqs.length) return true;
    for (const m of options[i]) {
      chosen.push({ requestId: reqs[i].id, childminderId: m });
      const partial: MatchingResult = { ...result, assignments: chosen, unplaced: [] };
      const report = checkResult({ ...inst, requests: reqs.slice(0, i + 1) }, partial);
      if (report.violations.length === 0 && dfs(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return dfs(0);
}

/** exhaustive maximum number of children placeable at once (each child: unplaced or any childminder) */
function optimum(inst: Instance): number {
  const reqs = inst.requests;
  const options = reqs.map((r) => inst.childminders.filter((m) => passesRules1to5(inst, r, m)).map((m) => m.id));
  const chosen: { requestId: string; childminderId: string }[] = [];
  const empty: MatchingResult = { format: '', assignments: [], unplaced: [], stats: {} as MatchingResult['stats'] };
  let best = 0;
  const dfs = (i: number): void => {
    if (chosen.length + (reqs.length - i) <= best) return;
    if (i === reqs.length) {
      best = chosen.length;
      return;
    }
    for (const m of options[i]) {
      chosen.push({ requestId: reqs[i].id, childminderId: m });
      if (checkResult({ ...inst, requests: reqs.slice(0, i + 1) }, { ...empty, assignments: chosen }).violations.length === 0) dfs(i + 1);
      chosen.pop();
    }
    dfs(i + 1);
  };
  dfs(0);
  return best;
}

describe('batch matching', () => {
  it('breaks no hard rule, leaves no justified envy and no wasted place (random small instances)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const inst = smallInstance(seed, 4, 12);
        const { result } = match(inst);
        const report = checkResult(inst, result);
        expect(report.structure).toEqual([]);
        expect(report.violations).toEqual([]);
        expect(report.justifiedEnvy).toBe(0);
        expect(report.wastedPlaces).toBe(0);
        expect(result.stats.upperBound).toBeGreaterThanOrEqual(result.assignments.length);
        expect(result.assignments.length).toBeGreaterThanOrEqual(result.stats.placedByPriorityPass);
      }),
      { numRuns: fcRuns(300, 100) },
    );
  });

  it('is priority-maximal: no unplaced child fits by any reassignment keeping everyone placed (exhaustive)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const inst = smallInstance(seed, 3, 8);
        const { result } = match(inst);
        for (const u of result.unplaced) expect([u.requestId, canPlaceAllWith(inst, result, u.requestId)]).toEqual([u.requestId, false]);
      }),
      { numRuns: fcRuns(400, 100) },
    );
  });

  it('flow bound is never below the placed count nor below an exhaustive optimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const inst = smallInstance(seed, 3, 6);
        const model = new Model(inst);
        const cands = buildCandidates(model);
        const state = new AssignmentState(model);
        const bound = upperBound(model, cands, (r, m) => state.canAdd(r, m));
        expect(bound).toBeGreaterThanOrEqual(optimum(inst));
      }),
      { numRuns: fcRuns(150, 50) },
    );
  });

  it('is deterministic: same instance, same bytes', () => {
    const inst = generateInstance({ seed: 7, childminders: 80, requests: 320 });
    const a = JSON.stringify(match(inst).result);
    const b = JSON.stringify(match(JSON.parse(JSON.stringify(inst)) as Instance).result);
    expect(a).toBe(b);
    expect(match(inst).result.stats.millis).toBeUndefined();
  });

  it('passes the checker on realistic generated instances (large components: ejection chains)', () => {
    for (const seed of [1, 2, 3]) {
      const inst = generateInstance({ seed, childminders: 120, requests: 500 });
      const { result } = match(inst);
      const report = checkResult(inst, result);
      expect({ seed, ...report, examples: report.examples.slice(0, 3) }).toMatchObject({
        seed,
        ok: true,
        justifiedEnvy: 0,
        wastedPlaces: 0,
      });
    }
  });

  it('lists every request once with a German reason and a code for the unplaced', () => {
    const inst = generateInstance({ seed: 11, childminders: 30, requests: 200 });
    const { result } = match(inst);
    expect(result.assignments.length + result.unplaced.length).toBe(200);
    for (const u of result.unplaced) {
      expect(['NO_CHILDMINDER_IN_REACH', 'NO_ELIGIBLE_CHILDMINDER', 'NO_CAPACITY']).toContain(u.code);
      expect(u.reason).toMatch(/^keine /);
    }
    expect(result.unplaced.some((u) => /^keine Kapazität (Mo|Di|Mi|Do|Fr) \d\d:\d\d–\d\d:\d\d/.test(u.reason))).toBe(true);
  });
});

describe('priority', () => {
  const base = smallInstance(1, 1, 1);
  const cm = {
    ...base.childminders[0],
    id: 'cm-1',
    lat: 51.59,
    lon: 7.66,
    maxPresent: 1,
    maxContracts: 8,
    siteId: null,
    minAgeMonths: 0,
    maxAgeMonths: 72,
    availableFrom: '2027-08-01',
    permitValidUntil: '2030-06-30',
    pets: false,
    smoking: false,
    placements: [],
    offered: [{ day: 0, from: '07:00', to: '17:00' }],
  };
  const req = (id: string, entitled: boolean, requestedAt: string, tieBreak: number) => ({
    id,
    birthDate: '2026-03-14',
    start: '2027-08-01',
    entitled,
    requestedAt,
    tieBreak,
    lat: 51.59,
    lon: 7.66,
    maxDistanceKm: 5,
    schedule: [{ day: 0, from: '08:00', to: '12:00' }],
    animalAllergy: false,
    noSmoking: false,
    languages: ['de'],
    siblingGroup: null,
  });
  it('gives the one place to entitlement, then the earlier request, then the smaller lottery number', () => {
    const inst: Instance = {
      ...base,
      sites: [],
      childminders: [cm],
      requests: [
        req('a', false, '2026-01-01T00:00:00Z', 0.1),
        req('b', true, '2026-06-01T00:00:00Z', 0.9),
        req('c', true, '2026-05-01T00:00:00Z', 0.9),
      ],
    };
    expect(match(inst).result.assignments).toEqual([{ requestId: 'c', childminderId: 'cm-1' }]);
    inst.requests[2].requestedAt = '2026-06-01T00:00:00Z';
    inst.requests[1].tieBreak = 0.3;
    expect(match(inst).result.assignments).toEqual([{ requestId: 'b', childminderId: 'cm-1' }]);
  });

  it('shares a place between a morning and an afternoon child', () => {
    const a = req('a', true, '2026-01-01T00:00:00Z', 0.1);
    const b = { ...req('b', true, '2026-01-02T00:00:00Z', 0.1), schedule: [{ day: 0, from: '12:00', to: '16:00' }] };
    const inst: Instance = { ...base, sites: [], childminders: [cm], requests: [a, b] };
    expect(match(inst).result.assignments.map((x) => x.requestId)).toEqual(['a', 'b']);
  });

  it('checks capacity in later date intervals: a placement starting in October blocks an August start', () => {
    const blocked = {
      ...cm,
      placements: [{ id: 'p', from: '2027-10-01', until: null, schedule: [{ day: 0, from: '11:45', to: '12:15' }] }],
    };
    const inst: Instance = { ...base, sites: [], childminders: [blocked], requests: [req('a', true, '2026-01-01T00:00:00Z', 0.1)] };
    const { result } = match(inst);
    expect(result.unplaced[0]).toMatchObject({ code: 'NO_CAPACITY', reason: expect.stringContaining('Mo 11:45–12:00') });
    // ... but not a placement that ends before the request starts
    blocked.placements[0] = { ...blocked.placements[0], from: '2027-01-01', until: '2027-07-31' } as never;
    expect(match(inst).result.assignments).toHaveLength(1);
  });

  it('places nobody with a childminder whose existing placements already break her limit (every slot counts)', () => {
    const sched = [{ day: 1, from: '08:00', to: '09:00' }];
    const over = {
      ...cm,
      placements: [
        { id: 'p1', from: '2027-01-01', until: '2027-12-31', schedule: sched },
        { id: 'p2', from: '2027-01-01', until: '2027-12-31', schedule: sched },
      ],
    };
    const inst: Instance = { ...base, sites: [], childminders: [over], requests: [req('a', true, '2026-01-01T00:00:00Z', 0.1)] };
    expect(match(inst).result.unplaced[0].reason).toContain('bestehende Belegung über der Erlaubnis');
    expect(checkResult(inst, match(inst).result).ok).toBe(true);
    // from 2028 on the overload is over
    inst.requests[0].start = '2028-01-01';
    expect(match(inst).result.assignments).toHaveLength(1);
  });
});
