import { Model, RULE } from './model';
import { POINTS, scoreParts, staticScore, type ReasonCode, type ScorePart } from './score';
import { germanDate, isoOfDay, slotKey, slotLabel } from './time';
import type { Instance } from './types';

export interface Suggestion {
  childminderId: string;
  score: number;
  distanceKm: number;
  /** "why this suggestion": every point with its reason */
  reasons: ScorePart[];
}

export interface NearMiss {
  childminderId: string;
  distanceKm: number;
  /** "why not": every hard rule this childminder fails, in German */
  reasons: string[];
  /** the same reasons as codes with parameters (for translations), in the same order */
  codes: ReasonCode[];
}

export interface SuggestionList {
  requestId: string;
  suggestions: Suggestion[];
  nearMisses: NearMiss[];
}

export interface SuggestOptions {
  /** how many near-misses to list (default 10) */
  nearMisses?: number;
  /** how many suggestions to return with their reasons (default: all); ranked by the same score first */
  limit?: number;
  /** childminders already chosen for other requests (e.g. siblings) in this session: request id → childminder id */
  siblingsPlaced?: Record<string, string>;
}

/**
 * Suggestions for single requests. Build once per instance (compiles slots, timelines and the spatial index), then
 * ask per request; the capacity is the instance's existing placements.
 */
export class SuggestionEngine {
  readonly model: Model;

  constructor(instance: Instance) {
    this.model = new Model(instance);
  }

  suggest(requestId: string, options: SuggestOptions = {}): SuggestionList {
    const model = this.model;
    const ri = model.reqById.get(requestId);
    if (ri === undefined) throw new Error(`unknown request ${requestId}`);
    const r = model.reqs[ri];
    const max = r.src.maxDistanceKm;
    const wide = Math.max(max * 1.5, max + 2);
    const siblingCms = new Set<string>();
    if (r.src.siblingGroup !== null && options.siblingsPlaced) {
      for (const o of model.siblingGroups[r.sibling]) {
        const at = options.siblingsPlaced[model.reqs[o].id];
        if (o !== ri && at) siblingCms.add(at);
      }
    }
    // suggestions: scored cheaply (same points as scoreParts), sentences only for the ones returned
    const ranked: { i: number; d: number; score: number }[] = [];
    // near-misses: collected cheaply (index, distance, failed-rule mask), sentences only for the ones shown
    const near: { i: number; d: number; f: number; n: number }[] = [];
    const CAPACITY = 1 << 10;
    for (const i of model.grid.near(r.src.lat, r.src.lon, wide)) {
      const m = model.cms[i];
      const d = model.distance(r, m);
      if (d > wide) continue;
      if (model.eligible(r, m, d)) {
        if (this.fits(ri, i)) {
          ranked.push({ i, d, score: staticScore(r, m, d) + (siblingCms.has(m.id) ? POINTS.siblings : 0) });
        } else near.push({ i, d, f: CAPACITY, n: 1 });
        continue;
      }
      const f = model.staticFailures(r, m, d);
      let n = 0;
      for (let x = f; x; x &= x - 1) n++;
      near.push({ i, d, f, n });
    }
    const rounded = (d: number) => Math.round(d * 100) / 100;
    ranked.sort((a, b) => b.score - a.score || rounded(a.d) - rounded(b.d) || cmp(model.cms[a.i].id, model.cms[b.i].id));
    const suggestions: Suggestion[] = ranked.slice(0, options.limit ?? ranked.length).map(({ i, d }) => {
      const m = model.cms[i];
      const reasons = scoreParts(r, m, d, siblingCms.has(m.id));
      return { childminderId: m.id, score: reasons.reduce((sum, p) => sum + p.points, 0), distanceKm: rounded(d), reasons };
    });
    near.sort((a, b) => a.n - b.n || a.d - b.d || cmp(model.cms[a.i].id, model.cms[b.i].id));
    const nearMisses = near.slice(0, options.nearMisses ?? 10).map(({ i, d, f }) => {
      const m = model.cms[i];
      const why: string[] = [];
      const codes: ReasonCode[] = [];
      const add = (text: string, code: string, params: ReasonCode['params'] = {}) => (why.push(text), codes.push({ code, params }));
      if (f & CAPACITY) {
        const c = this.capacityProblem(ri, i) ?? { text: 'belegt', code: 'capacity.busy', params: {} };
        add(c.text, c.code, c.params);
      }
      if (f & RULE.distance)
        add(`${fmt(d)} km entfernt, gewünscht höchstens ${fmt(max)} km`, 'rule.distance', { km: Math.round(d * 10) / 10, max });
      if (f & RULE.age) {
        add(`Kind ist ${r.ageMonths} Monate alt, betreut werden ${m.src.minAgeMonths}–${m.src.maxAgeMonths} Monate`, 'rule.age', {
          age: r.ageMonths,
          min: m.src.minAgeMonths,
          max: m.src.maxAgeMonths,
        });
      }
      if (f & RULE.dates) {
        if (m.availableFrom > r.start)
          add(`frei erst ab ${germanDate(m.availableFrom)}`, 'rule.availableFrom', { date: isoOfDay(m.availableFrom) });
        if (m.permitUntil < r.start)
          add(`Pflegeerlaubnis nur bis ${germanDate(m.permitUntil)}`, 'rule.permitUntil', { date: isoOfDay(m.permitUntil) });
      }
      if (f & RULE.times) {
        const missing: number[] = [];
        for (const s of r.slots) if (!m.offered[s]) missing.push(s);
        add(
          `Betreuungszeit nicht angeboten: ${missing
            .slice(0, 3)
            .map((x) => slotLabel(x, model.slotMinutes))
            .join(', ')}${missing.length > 3 ? ' …' : ''}`,
          'rule.times',
          {
            slots: missing
              .slice(0, 3)
              .map((x) => slotKey(x, model.slotMinutes))
              .join(','),
            more: missing.length > 3 ? 1 : 0,
          },
        );
      }
      if (f & RULE.pets) add('Haustiere im Haushalt, Kind hat Tierallergie', 'rule.pets');
      if (f & RULE.smoking) add('Raucherhaushalt', 'rule.smoking');
      if (f & RULE.excluded) add('von den Eltern ausgeschlossen', 'rule.excluded');
      return { childminderId: m.id, distanceKm: Math.round(d * 100) / 100, reasons: why, codes };
    });
    return { requestId, suggestions, nearMisses };
  }

  /** rule 6 (same test as the batch) */
  private fits(ri: number, mi: number): boolean {
    const r = this.model.reqs[ri];
    const m = this.model.cms[mi];
    if (r.start < m.blockedBefore) return false;
    if (!m.timeline.fits(r.start, r.slots, m.src.maxPresent, m.src.maxContracts)) return false;
    if (m.site < 0) return true;
    const site = this.model.sites[m.site];
    return site.timeline.fits(r.start, r.slots, site.maxPresent, Infinity);
  }

  /** null when r fits at m (rule 6), else the first full slot as the advisor should read it (German and as a code) */
  private capacityProblem(ri: number, mi: number): ({ text: string } & ReasonCode) | null {
    const model = this.model;
    const r = model.reqs[ri];
    const m = model.cms[mi];
    const c = m.timeline.firstConflict(r.start, r.slots, m.src.maxPresent, m.src.maxContracts);
    if (c !== null) {
      return c.slot < 0
        ? {
            text: `alle ${m.src.maxContracts} Betreuungsverträge belegt ab ${germanDate(c.day)}`,
            code: 'capacity.contracts',
            params: { max: m.src.maxContracts, date: isoOfDay(c.day) },
          }
        : {
            text: `${slotLabel(c.slot, model.slotMinutes)} voll ab ${germanDate(c.day)}`,
            code: 'capacity.slot',
            params: { slot: slotKey(c.slot, model.slotMinutes), date: isoOfDay(c.day) },
          };
    }
    if (r.start < m.blockedBefore)
      return { text: 'bestehende Belegung liegt schon über der Erlaubnis', code: 'capacity.overbooked', params: {} };
    if (m.site >= 0) {
      const site = model.sites[m.site];
      const s = site.timeline.firstConflict(r.start, r.slots, site.maxPresent, Infinity);
      if (s !== null) {
        return {
          text: `Großtagespflege ${site.id}: ${slotLabel(s.slot, model.slotMinutes)} voll ab ${germanDate(s.day)}`,
          code: 'capacity.site',
          params: { site: site.id, slot: slotKey(s.slot, model.slotMinutes), date: isoOfDay(s.day) },
        };
      }
    }
    return null;
  }
}

function fmt(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
