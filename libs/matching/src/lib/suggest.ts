import { Model, RULE } from './model';
import { POINTS, scoreParts, staticScore, type ScorePart } from './score';
import { germanDate, slotLabel } from './time';
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
      if (f & CAPACITY) why.push(this.capacityProblem(ri, i) ?? 'belegt');
      if (f & RULE.distance) why.push(`${fmt(d)} km entfernt, gewünscht höchstens ${fmt(max)} km`);
      if (f & RULE.age) {
        why.push(`Kind ist ${r.ageMonths} Monate alt, betreut werden ${m.src.minAgeMonths}–${m.src.maxAgeMonths} Monate`);
      }
      if (f & RULE.dates) {
        if (m.availableFrom > r.start) why.push(`frei erst ab ${germanDate(m.availableFrom)}`);
        if (m.permitUntil < r.start) why.push(`Pflegeerlaubnis nur bis ${germanDate(m.permitUntil)}`);
      }
      if (f & RULE.times) {
        const missing: string[] = [];
        for (const s of r.slots) if (!m.offered[s]) missing.push(slotLabel(s, model.slotMinutes));
        why.push(`Betreuungszeit nicht angeboten: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''}`);
      }
      if (f & RULE.pets) why.push('Haustiere im Haushalt, Kind hat Tierallergie');
      if (f & RULE.smoking) why.push('Raucherhaushalt');
      if (f & RULE.excluded) why.push('von den Eltern ausgeschlossen');
      return { childminderId: m.id, distanceKm: Math.round(d * 100) / 100, reasons: why };
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

  /** null when r fits at m (rule 6), else the first full slot as the advisor should read it */
  private capacityProblem(ri: number, mi: number): string | null {
    const model = this.model;
    const r = model.reqs[ri];
    const m = model.cms[mi];
    const c = m.timeline.firstConflict(r.start, r.slots, m.src.maxPresent, m.src.maxContracts);
    if (c !== null) {
      return c.slot < 0
        ? `alle ${m.src.maxContracts} Betreuungsverträge belegt ab ${germanDate(c.day)}`
        : `${slotLabel(c.slot, model.slotMinutes)} voll ab ${germanDate(c.day)}`;
    }
    if (r.start < m.blockedBefore) return 'bestehende Belegung liegt schon über der Erlaubnis';
    if (m.site >= 0) {
      const site = model.sites[m.site];
      const s = site.timeline.firstConflict(r.start, r.slots, site.maxPresent, Infinity);
      if (s !== null) return `Großtagespflege ${site.id}: ${slotLabel(s.slot, model.slotMinutes)} voll ab ${germanDate(s.day)}`;
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
