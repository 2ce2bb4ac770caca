import { distanceKm, GeoGrid } from './geo';
import { ageInMonths, dayNumber, minutesOf } from './time';
import { Timeline } from './timeline';
import type { CareRequest, Childminder, Instance, ScheduleEntry } from './types';

/** Bits of the hard rules 1–5 (and the optional named exclusion) a pair fails. */
export const RULE = {
  distance: 1,
  age: 2,
  dates: 4,
  times: 8,
  pets: 16,
  smoking: 32,
  excluded: 64,
} as const;

export interface CmModel {
  index: number;
  id: string;
  src: Childminder;
  site: number;
  availableFrom: number;
  permitUntil: number;
  offered: Uint8Array;
  /** offeredPrefix[s] = offered slots before s: a run [a, b) is offered iff prefix[b] − prefix[a] = b − a */
  offeredPrefix: Int32Array;
  languages: Set<string>;
  nutrition: Set<string>;
  timeline: Timeline;
  /** requests starting before this day cannot be added: existing placements overload m then (or its site) */
  blockedBefore: number;
}

export interface ReqModel {
  index: number;
  id: string;
  src: CareRequest;
  start: number;
  ageMonths: number;
  requestedAtMs: number;
  /** 0 = highest priority */
  rank: number;
  slots: Int32Array;
  /** the slots as runs [runs[2i], runs[2i+1]) */
  runs: Int32Array;
  sibling: number;
  excluded: Set<string>;
}

export interface SiteModel {
  index: number;
  id: string;
  maxPresent: number;
  timeline: Timeline;
  childminders: number[];
}

export const PRIORITY_ORDER_TEXT =
  'Rechtsanspruch zuerst (entitled), dann früheres Anfragedatum (requestedAt), dann kleinere Losnummer (tieBreak, ' +
  'geseedetes Los), zuletzt die Anfrage-ID (Zeichenfolge aufsteigend)';

/** Compares two requests by the tenant's priority order; negative = a first. */
export function comparePriority(a: CareRequest, b: CareRequest): number {
  if (a.entitled !== b.entitled) return a.entitled ? -1 : 1;
  const ta = Date.parse(a.requestedAt);
  const tb = Date.parse(b.requestedAt);
  if (ta !== tb) return ta - tb;
  if (a.tieBreak !== b.tieBreak) return a.tieBreak - b.tieBreak;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

let scratch = new Uint8Array(0);

/** the schedule's week slots, ascending, each once */
export function scheduleSlots(schedule: ScheduleEntry[], slotMinutes: number): Int32Array {
  const perDay = 1440 / slotMinutes;
  if (scratch.length < 7 * perDay) scratch = new Uint8Array(7 * perDay);
  let lo = Infinity;
  let hi = -1;
  let n = 0;
  for (const e of schedule) {
    const a = e.day * perDay + minutesOf(e.from) / slotMinutes;
    const b = e.day * perDay + minutesOf(e.to) / slotMinutes;
    for (let s = a; s < b; s++) {
      if (!scratch[s]) {
        scratch[s] = 1;
        n++;
      }
    }
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  const out = new Int32Array(n);
  for (let s = lo, k = 0; s < hi; s++) {
    if (!scratch[s]) continue;
    out[k++] = s;
    scratch[s] = 0;
  }
  return out;
}

/** The instance compiled for fast rule checks: day numbers, slot index arrays, capacity timelines. */
export class Model {
  readonly weekSlots: number;
  readonly slotMinutes: number;
  readonly cms: CmModel[];
  readonly reqs: ReqModel[];
  readonly sites: SiteModel[];
  /** request indices in priority order */
  readonly order: number[];
  readonly horizon: number;
  readonly grid: GeoGrid;
  readonly cmById = new Map<string, number>();
  readonly reqById = new Map<string, number>();
  /** per sibling group: its requests */
  readonly siblingGroups: number[][] = [];

  constructor(readonly instance: Instance) {
    this.slotMinutes = instance.slotMinutes;
    this.weekSlots = 7 * (1440 / instance.slotMinutes);
    const starts = instance.requests.map((r) => dayNumber(r.start));
    this.horizon = starts.length ? Math.min(...starts) : dayNumber(instance.careYearStart);
    const siteIndex = new Map<string, number>();
    this.sites = instance.sites.map((s, index) => {
      siteIndex.set(s.id, index);
      return { index, id: s.id, maxPresent: s.maxPresent, timeline: new Timeline(this.horizon, this.weekSlots), childminders: [] };
    });
    this.cms = instance.childminders.map((c, index) => {
      this.cmById.set(c.id, index);
      const offered = new Uint8Array(this.weekSlots);
      for (const s of scheduleSlots(c.offered, this.slotMinutes)) offered[s] = 1;
      const offeredPrefix = new Int32Array(this.weekSlots + 1);
      for (let s = 0; s < this.weekSlots; s++) offeredPrefix[s + 1] = offeredPrefix[s] + offered[s];
      const site = c.siteId === null ? -1 : (siteIndex.get(c.siteId) ?? -1);
      const cm: CmModel = {
        index,
        id: c.id,
        src: c,
        site,
        availableFrom: dayNumber(c.availableFrom),
        permitUntil: dayNumber(c.permitValidUntil),
        offered,
        offeredPrefix,
        languages: new Set(c.languages),
        nutrition: new Set(c.nutrition ?? []),
        timeline: new Timeline(this.horizon, this.weekSlots),
        blockedBefore: -Infinity,
      };
      if (site >= 0) this.sites[site].childminders.push(index);
      for (const p of c.placements) {
        const slots = scheduleSlots(p.schedule, this.slotMinutes);
        const until = p.until ? dayNumber(p.until) + 1 : Infinity;
        cm.timeline.add(dayNumber(p.from), until, slots, 1);
        if (site >= 0) this.sites[site].timeline.add(dayNumber(p.from), until, slots, 1);
      }
      return cm;
    });
    for (const cm of this.cms) {
      cm.blockedBefore = cm.timeline.overloadEnd(cm.src.maxPresent, cm.src.maxContracts);
      if (cm.site >= 0) {
        const site = this.sites[cm.site];
        cm.blockedBefore = Math.max(cm.blockedBefore, site.timeline.overloadEnd(site.maxPresent, Infinity));
      }
    }
    const groups = new Map<string, number>();
    this.reqs = instance.requests.map((r, index) => {
      this.reqById.set(r.id, index);
      let sibling = -1;
      if (r.siblingGroup !== null) {
        sibling = groups.get(r.siblingGroup) ?? -1;
        if (sibling < 0) {
          sibling = this.siblingGroups.length;
          groups.set(r.siblingGroup, sibling);
          this.siblingGroups.push([]);
        }
        this.siblingGroups[sibling].push(index);
      }
      const slots = scheduleSlots(r.schedule, this.slotMinutes);
      const runs: number[] = [];
      for (let k = 0; k < slots.length; k++) {
        if (k > 0 && slots[k] === slots[k - 1] + 1) runs[runs.length - 1] = slots[k] + 1;
        else runs.push(slots[k], slots[k] + 1);
      }
      return {
        index,
        id: r.id,
        src: r,
        runs: Int32Array.from(runs),
        start: starts[index],
        ageMonths: ageInMonths(r.birthDate, r.start),
        requestedAtMs: Date.parse(r.requestedAt),
        rank: 0,
        slots,
        sibling,
        excluded: new Set(r.excludedChildminderIds ?? []),
      };
    });
    this.order = this.reqs.map((r) => r.index).sort((a, b) => comparePriority(this.reqs[a].src, this.reqs[b].src));
    this.order.forEach((ri, rank) => (this.reqs[ri].rank = rank));
    this.grid = new GeoGrid(
      this.cms.map((c) => c.src.lat),
      this.cms.map((c) => c.src.lon),
    );
  }

  distance(r: ReqModel, m: CmModel): number {
    return distanceKm(r.src.lat, r.src.lon, m.src.lat, m.src.lon);
  }

  /** Bitmask of the hard rules 1–5 (+ named exclusion) that r fails at m; 0 = eligible apart from capacity. */
  staticFailures(r: ReqModel, m: CmModel, dist = this.distance(r, m)): number {
    let f = 0;
    if (!(dist <= r.src.maxDistanceKm)) f |= RULE.distance;
    if (r.ageMonths < m.src.minAgeMonths || r.ageMonths > m.src.maxAgeMonths) f |= RULE.age;
    if (m.availableFrom > r.start || m.permitUntil < r.start) f |= RULE.dates;
    const runs = r.runs;
    const prefix = m.offeredPrefix;
    for (let k = 0; k < runs.length; k += 2) {
      if (prefix[runs[k + 1]] - prefix[runs[k]] !== runs[k + 1] - runs[k]) {
        f |= RULE.times;
        break;
      }
    }
    if (r.src.animalAllergy && m.src.pets) f |= RULE.pets;
    if (r.src.noSmoking && m.src.smoking) f |= RULE.smoking;
    if (r.excluded.size > 0 && r.excluded.has(m.id)) f |= RULE.excluded;
    return f;
  }

  /** staticFailures(...) === 0, short-circuited (hot path when candidate lists are built) */
  eligible(r: ReqModel, m: CmModel, dist: number): boolean {
    if (!(dist <= r.src.maxDistanceKm)) return false;
    if (r.ageMonths < m.src.minAgeMonths || r.ageMonths > m.src.maxAgeMonths) return false;
    if (m.availableFrom > r.start || m.permitUntil < r.start) return false;
    if ((r.src.animalAllergy && m.src.pets) || (r.src.noSmoking && m.src.smoking)) return false;
    if (r.excluded.size > 0 && r.excluded.has(m.id)) return false;
    const runs = r.runs;
    const prefix = m.offeredPrefix;
    for (let k = 0; k < runs.length; k += 2) if (prefix[runs[k + 1]] - prefix[runs[k]] !== runs[k + 1] - runs[k]) return false;
    return true;
  }

  /** Childminders within reach of r (rule 1 only), ascending index, with their distances. */
  inReach(r: ReqModel): { cm: number; km: number }[] {
    const out: { cm: number; km: number }[] = [];
    const max = r.src.maxDistanceKm;
    // cheap pre-filter on latitude alone (1° of latitude ≥ 110.5 km on the sphere used), exact haversine after
    const maxLat = max / 110.5 + 1e-9;
    for (const i of this.grid.near(r.src.lat, r.src.lon, max)) {
      const m = this.cms[i];
      if (Math.abs(m.src.lat - r.src.lat) > maxLat) continue;
      const km = this.distance(r, m);
      if (km <= max) out.push({ cm: i, km });
    }
    return out;
  }
}
