/**
 * Independent checker of a matching result (used by the tests, the benchmark and `npm run match -- --check`).
 * It shares no code with the engine on purpose (own date, age, distance, slot and load code), so an engine bug is
 * not repeated here. Semantics: the referee's, as in matching-format.md.
 */
import type { CareRequest, Childminder, Instance, MatchingResult } from './types';

export interface CheckReport {
  ok: boolean;
  /** structural problems: unknown ids, requests missing or listed twice */
  structure: string[];
  /** assignments breaking a hard rule 1–6 */
  violations: string[];
  justifiedEnvy: number;
  wastedPlaces: number;
  /** up to 10 examples of envy pairs and wasted places */
  examples: string[];
  placed: number;
}

const R_KM = 6371.0088;

function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function months(birth: string, at: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  const last = new Date(Date.UTC(ay, am, 0)).getUTCDate();
  return (ay - by) * 12 + am - bm - (ad < Math.min(bd, last) ? 1 : 0);
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * toRad) / 2) ** 2 +
    Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(((b.lon - a.lon) * toRad) / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function slotSet(schedule: { day: number; from: string; to: string }[], step: number): Set<number> {
  const out = new Set<number>();
  const perDay = 1440 / step;
  const min = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  for (const e of schedule) for (let t = min(e.from); t < min(e.to); t += step) out.add(e.day * perDay + t / step);
  return out;
}

/** a child occupying capacity at a childminder: an existing placement or an assigned request */
interface Occupant {
  key: string;
  from: number;
  until: number;
  slots: Set<number>;
}

/** Map lookup of a key known to be there (ids were checked above) */
function must<K, V>(map: Map<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`internal: missing ${String(key)}`);
  return v;
}

function higherPriority(a: CareRequest, b: CareRequest): boolean {
  if (a.entitled !== b.entitled) return a.entitled;
  const ta = Date.parse(a.requestedAt);
  const tb = Date.parse(b.requestedAt);
  if (ta !== tb) return ta < tb;
  return a.tieBreak < b.tieBreak;
}

const offeredCache = new WeakMap<Childminder, Set<number>>();

export function passesRules1to5(inst: Instance, r: CareRequest, m: Childminder): boolean {
  if (!(km(r, m) <= r.maxDistanceKm)) return false;
  const age = months(r.birthDate, r.start);
  if (age < m.minAgeMonths || age > m.maxAgeMonths) return false;
  if (!(m.availableFrom <= r.start && m.permitValidUntil >= r.start)) return false;
  let offered = offeredCache.get(m);
  if (!offered) {
    offered = slotSet(m.offered, inst.slotMinutes);
    offeredCache.set(m, offered);
  }
  for (const s of slotSet(r.schedule, inst.slotMinutes)) if (!offered.has(s)) return false;
  if (r.animalAllergy && m.pets) return false;
  if (r.noSmoking && m.smoking) return false;
  return true;
}

export function checkResult(inst: Instance, result: MatchingResult): CheckReport {
  const step = inst.slotMinutes;
  const counts = new Int32Array((7 * 1440) / step);
  const structure: string[] = [];
  const violations: string[] = [];
  const examples: string[] = [];
  const reqById = new Map(inst.requests.map((r) => [r.id, r]));
  const cmById = new Map(inst.childminders.map((m) => [m.id, m]));
  const siteMax = new Map(inst.sites.map((s) => [s.id, s.maxPresent]));
  const seen = new Map<string, number>();
  const assignedTo = new Map<string, string>();
  for (const a of result.assignments) {
    seen.set(a.requestId, (seen.get(a.requestId) ?? 0) + 1);
    if (!reqById.has(a.requestId)) structure.push(`assignment of unknown request ${a.requestId}`);
    else if (!cmById.has(a.childminderId)) structure.push(`${a.requestId} assigned to unknown childminder ${a.childminderId}`);
    else assignedTo.set(a.requestId, a.childminderId);
  }
  for (const u of result.unplaced) {
    seen.set(u.requestId, (seen.get(u.requestId) ?? 0) + 1);
    if (!reqById.has(u.requestId)) structure.push(`unknown request ${u.requestId} listed as unplaced`);
  }
  for (const r of inst.requests) {
    const n = seen.get(r.id) ?? 0;
    if (n !== 1) structure.push(`request ${r.id} appears ${n} times`);
  }

  // occupants per childminder: existing placements + assignments
  const occ = new Map<string, Occupant[]>();
  const reqSlots = new Map<string, Set<number>>();
  for (const r of inst.requests) reqSlots.set(r.id, slotSet(r.schedule, step));
  for (const m of inst.childminders) {
    occ.set(
      m.id,
      m.placements.map((p) => ({
        key: `placement ${p.id}`,
        from: day(p.from),
        until: p.until ? day(p.until) : Infinity,
        slots: slotSet(p.schedule, step),
      })),
    );
  }
  for (const [rid, mid] of assignedTo) {
    const r = must(reqById, rid);
    must(occ, mid).push({ key: rid, from: day(r.start), until: Infinity, slots: must(reqSlots, rid) });
  }
  const siteMembers = new Map<string, string[]>();
  for (const m of inst.childminders) {
    if (m.siteId) siteMembers.set(m.siteId, [...(siteMembers.get(m.siteId) ?? []), m.id]);
  }

  /**
   * Rule 6 for a child with `slots` starting on `from` added to m's load (occupant `without` gone, `selfKey` not
   * counted twice): on every date from `from` on where the load changes, EVERY slot (not only the child's) and the
   * contracts stay within m's limits, and every slot within the site's.
   */
  const fitsAt = (m: Childminder, from: number, slots: Set<number>, without: string | null, selfKey: string | null): boolean => {
    const keep = (o: Occupant): boolean => o.key !== without && o.key !== selfKey;
    const mine = must(occ, m.id).filter(keep);
    const siteOcc = m.siteId
      ? must(siteMembers, m.siteId)
          .flatMap((id) => must(occ, id))
          .filter(keep)
      : [];
    const dates = new Set<number>([from]);
    for (const o of [...mine, ...siteOcc]) {
      if (o.from > from) dates.add(o.from);
      if (Number.isFinite(o.until) && o.until + 1 > from) dates.add(o.until + 1);
    }
    const overLimit = (active: Occupant[], max: number): boolean => {
      let over = false;
      for (const s of slots) if (++counts[s] > max) over = true;
      for (const o of active) for (const s of o.slots) if (++counts[s] > max) over = true;
      for (const s of slots) counts[s] = 0;
      for (const o of active) for (const s of o.slots) counts[s] = 0;
      return over;
    };
    for (const d of dates) {
      const active = mine.filter((o) => o.from <= d && d <= o.until);
      if (active.length + 1 > m.maxContracts) return false;
      if (overLimit(active, m.maxPresent)) return false;
      if (
        m.siteId &&
        overLimit(
          siteOcc.filter((o) => o.from <= d && d <= o.until),
          must(siteMax, m.siteId),
        )
      )
        return false;
    }
    return true;
  };

  for (const [rid, mid] of assignedTo) {
    const r = must(reqById, rid);
    const m = must(cmById, mid);
    if (!passesRules1to5(inst, r, m)) violations.push(`${rid} at ${mid}: breaks a rule 1–5`);
    if (!fitsAt(m, day(r.start), must(reqSlots, rid), null, rid)) violations.push(`${rid} at ${mid}: breaks rule 6`);
  }

  let envy = 0;
  let waste = 0;
  const members = new Map<string, string[]>();
  for (const [rid, mid] of assignedTo) members.set(mid, [...(members.get(mid) ?? []), rid]);
  for (const u of result.unplaced) {
    const r = reqById.get(u.requestId);
    if (!r || assignedTo.has(r.id)) continue;
    for (const m of inst.childminders) {
      if (!passesRules1to5(inst, r, m)) continue;
      const from = day(r.start);
      const slots = must(reqSlots, r.id);
      if (fitsAt(m, from, slots, null, null)) {
        waste++;
        if (examples.length < 10) examples.push(`wasted place: ${r.id} fits at ${m.id}`);
      }
      for (const sid of members.get(m.id) ?? []) {
        if (!higherPriority(r, must(reqById, sid))) continue;
        if (fitsAt(m, from, slots, sid, null)) {
          envy++;
          if (examples.length < 10) examples.push(`justified envy: ${r.id} could take the place of ${sid} at ${m.id}`);
        }
      }
    }
  }
  return {
    ok: structure.length === 0 && violations.length === 0 && envy === 0 && waste === 0,
    structure,
    violations,
    justifiedEnvy: envy,
    wastedPlaces: waste,
    examples,
    placed: assignedTo.size,
  };
}
