import fc from 'fast-check';
import { fcRuns } from '../testing/fc-runs';
import { smallInstance } from '../testing/small-instances';
import { checkResult } from './checker';
import { generateInstance } from './generator';
import { SuggestionEngine } from './suggest';
import type { Instance } from './types';

describe('suggestions', () => {
  it('never suggests a childminder that breaks a hard rule (checked by the independent checker)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const inst = smallInstance(seed, 4, 6);
        const engine = new SuggestionEngine(inst);
        for (const r of inst.requests) {
          const { suggestions } = engine.suggest(r.id);
          for (const s of suggestions) {
            const single: Instance = { ...inst, requests: [r] };
            const report = checkResult(single, {
              format: 'lotse-matching-result/1',
              assignments: [{ requestId: r.id, childminderId: s.childminderId }],
              unplaced: [],
              stats: { upperBound: 1 } as never,
            });
            expect(report.violations).toEqual([]);
          }
        }
      }),
      { numRuns: fcRuns(300, 100) },
    );
  });

  it('explains every point and every near-miss in German', () => {
    const inst = generateInstance({ seed: 3, childminders: 200, requests: 50 });
    const engine = new SuggestionEngine(inst);
    const lists = inst.requests.map((r) => engine.suggest(r.id));
    const withSuggestions = lists.filter((l) => l.suggestions.length > 0);
    expect(withSuggestions.length).toBeGreaterThan(10);
    for (const l of withSuggestions) {
      const s = l.suggestions[0];
      expect(s.score).toBe(s.reasons.reduce((sum, p) => sum + p.points, 0));
      expect(s.reasons[0].reason).toMatch(/km entfernt/);
      for (let i = 1; i < l.suggestions.length; i++) expect(l.suggestions[i - 1].score).toBeGreaterThanOrEqual(l.suggestions[i].score);
    }
    const reasons = lists.flatMap((l) => l.nearMisses.flatMap((n) => n.reasons));
    expect(reasons.some((t) => /km entfernt, gewünscht höchstens/.test(t))).toBe(true);
    // Every reason also as a code with parameters (translations), parallel to the German texts.
    for (const l of lists) {
      for (const s of l.suggestions) for (const p of s.reasons) expect(p.code).toMatch(/^score\./);
      for (const n of l.nearMisses) {
        expect(n.codes.length).toBe(n.reasons.length);
        for (const c of n.codes) expect(c.code).toMatch(/^(rule|capacity)\./);
      }
    }
    const distance = lists.flatMap((l) => l.nearMisses.flatMap((n) => n.codes)).find((c) => c.code === 'rule.distance');
    expect(distance?.params).toEqual({ km: expect.any(Number), max: expect.any(Number) });
  });

  it('shows the full slot: "Mo 12:00–12:15 voll"', () => {
    const inst = smallInstance(1, 1, 1);
    const cm = inst.childminders[0];
    Object.assign(cm, {
      maxPresent: 1,
      maxContracts: 8,
      siteId: null,
      pets: false,
      smoking: false,
      minAgeMonths: 0,
      maxAgeMonths: 72,
      availableFrom: '2027-08-01',
      permitValidUntil: '2030-06-30',
      offered: [{ day: 0, from: '07:00', to: '17:00' }],
      placements: [{ id: 'p', from: '2027-01-01', until: null, schedule: [{ day: 0, from: '12:00', to: '12:15' }] }],
    });
    Object.assign(inst.requests[0], {
      lat: cm.lat,
      lon: cm.lon,
      maxDistanceKm: 5,
      birthDate: '2026-01-01',
      start: '2027-08-01',
      animalAllergy: false,
      noSmoking: false,
      schedule: [{ day: 0, from: '08:00', to: '13:00' }],
    });
    const { suggestions, nearMisses } = new SuggestionEngine(inst).suggest(inst.requests[0].id);
    expect(suggestions).toEqual([]);
    expect(nearMisses[0].reasons).toEqual(['Mo 12:00–12:15 voll ab 01.08.2027']);
  });
});

describe('SuggestionEngine limit', () => {
  it('returns the same top suggestions, with reasons summing to the score, as the unlimited list', () => {
    const inst = generateInstance({ seed: 7, childminders: 300, requests: 40 });
    const engine = new SuggestionEngine(inst);
    for (const r of inst.requests.slice(0, 20)) {
      const all = engine.suggest(r.id).suggestions;
      const top = engine.suggest(r.id, { limit: 5 }).suggestions;
      expect(top).toEqual(all.slice(0, 5));
      for (const s of top) expect(s.score).toBe(s.reasons.reduce((n, p) => n + p.points, 0));
    }
  });
});
