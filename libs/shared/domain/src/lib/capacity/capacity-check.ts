import type { IsoDate } from '../dates/iso-date';
import { CAPACITY_LEGAL_MAXIMA, MAX_CHILDREN_WHILE_QUALIFYING, type CapacityOfficeSettings } from './capacity-settings';
import {
  addSchedule,
  CapacityInputError,
  compileSchedule,
  slotLabel,
  slotRange,
  SLOTS_PER_DAY,
  WEEK_SLOTS,
  type ScheduleError,
  type SlotRange,
  type WeeklySchedule,
} from './week-slots';

/** A care placement (contract) of a child with a childminder, or an own child's care times. */
export interface CapacityPlacement {
  id: string;
  /** Contracts count distinct children: two placements of one child at the same time are one contract. */
  childId?: string | null;
  /** For the placements of a Großtagespflege site. */
  childminderId?: string | null;
  from: IsoDate;
  /** Last day (inclusive); null/absent = open-ended. */
  until?: IsoDate | null;
  schedule: WeeklySchedule;
  /** The childminder's own child: no contract; present per `ownChildrenCount`. */
  own?: boolean;
}

/** A care permit's validity; renewals are further periods. */
export interface PermitPeriod {
  validFrom: IsoDate;
  /** Last day (inclusive); null = unlimited. */
  validUntil: IsoDate | null;
  /** Children present at the same time the permit allows. */
  maxChildren: number;
}

export interface CapacityCandidate {
  from: IsoDate;
  until?: IsoDate | null;
  schedule: WeeklySchedule;
  childId?: string | null;
  own?: boolean;
}

export interface CapacityCheckInput {
  /** The new schedule and its date range. */
  candidate: CapacityCandidate;
  /** The childminder's placements: past, running and future (the engine picks what overlaps). */
  placements: readonly CapacityPlacement[];
  /** The childminder's issued, unrevoked permits (a revoked permit ends the day before revocation). */
  permits: readonly PermitPeriod[];
  /** KiBiz §21: qualification complete for the person's variant (decided by the caller). */
  qualificationComplete: boolean;
  settings: CapacityOfficeSettings;
  /** The childminder's own contract limit where the office granted the exception (KiBiz §22(2) S. 3); else `settings.maxContracts`. */
  maxContracts?: number | null;
  /** Großtagespflege: the placements of the other childminders at the site (the childminder's own are ignored by id). */
  site?: { placements: readonly CapacityPlacement[] } | null;
  /** A schedule change: this stored placement is replaced by the candidate and not counted. */
  excludePlacementId?: string | null;
}

export type CapacityRule = 'present' | 'contracts' | 'site-present' | 'site-contracts' | 'permit-validity' | 'qualification';

export interface SlotFinding extends SlotRange {
  /** Children present in these slots with the new one. */
  count: number;
  /** "Mo 12:00–12:15: 6 Kinder gleichzeitig anwesend (höchstens 5)" */
  label: string;
}

export interface CapacityViolation {
  rule: CapacityRule;
  /** The dates the finding holds for (until inclusive, null = open-ended). */
  from: IsoDate;
  until: IsoDate | null;
  limit: number | null;
  /** Highest count found (slot rules: over the slots), null for permit validity. */
  count: number | null;
  /** Slot rules: every offending run of slots, ascending; else empty. */
  slots: SlotFinding[];
  /** German text naming the rule, the slot and the dates. */
  message: string;
}

export type CapacityAnswer = { fits: true } | { fits: false; violations: CapacityViolation[] };

const RULE_ORDER: readonly CapacityRule[] = ['permit-validity', 'qualification', 'contracts', 'site-contracts', 'present', 'site-present'];
const DAY_MS = 86_400_000;
const OPEN = Number.POSITIVE_INFINITY;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` → days since 1970-01-01, NaN when not a calendar date. */
function dayOf(iso: unknown): number {
  if (typeof iso !== 'string' || !ISO.test(iso)) return NaN;
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.getTime() / DAY_MS : NaN;
}

const isoOf = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const deDate = (day: number): string => {
  const iso = isoOf(day);
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
};
/** ISO weekday index 0 = Monday of a day number (1970-01-01 was a Thursday). */
const weekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;

function period(from: number, end: number): string {
  if (end === OPEN) return `ab ${deDate(from)}`;
  if (end === from + 1) return `am ${deDate(from)}`;
  return `vom ${deDate(from)} bis ${deDate(end - 1)}`;
}

function dateError(field: 'from' | 'until', value: unknown, placementId: string | null): CapacityInputError {
  const errors: ScheduleError[] = [{ code: 'date', index: null, field: field === 'from' ? 'from' : 'until', message: `„${String(value)}“ ist kein gültiges Datum (JJJJ-MM-TT).` }];
  return new CapacityInputError(errors, placementId);
}

function dateRange(from: unknown, until: unknown, id: string | null): [number, number] {
  const a = dayOf(from);
  if (Number.isNaN(a)) throw dateError('from', from, id);
  if (until == null) return [a, OPEN];
  const b = dayOf(until);
  if (Number.isNaN(b)) throw dateError('until', until, id);
  if (b < a) throw new CapacityInputError([{ code: 'date-order', index: null, field: 'until', message: 'Das Ende der Betreuung liegt vor ihrem Beginn.' }], id);
  return [a, b + 1];
}

interface Prepared {
  runs: Int16Array;
  from: number;
  end: number;
  mine: boolean;
  /** null: no contract (own child). */
  contract: string | null;
  active: boolean;
}

interface Finding {
  rule: CapacityRule;
  from: number;
  end: number;
  limit: number | null;
  count: number | null;
  runs: { start: number; end: number; count: number }[];
  key: string;
}

function prepare(p: CapacityPlacement, mine: boolean, from: number, end: number, ownCount: boolean, out: Prepared[]): void {
  const [a, b] = dateRange(p.from, p.until, p.id);
  if (b <= from || a >= end) return;
  const own = p.own === true;
  if (own && !ownCount) return;
  out.push({ runs: compileSchedule(p.schedule, p.id), from: a, end: b, mine, contract: own ? null : (p.childId ?? `#${p.id}`), active: false });
}

/** Offending slot runs of the candidate where `base[k] (+ extra[k]) + 1 > limit`, restricted to the weekdays in `mask`. */
function scanSlots(cRuns: Int16Array, base: Uint8Array, extra: Uint8Array | null, add: number, limit: number, mask: number): Finding['runs'] {
  const runs: Finding['runs'] = [];
  let last: Finding['runs'][number] | null = null;
  for (let i = 0; i < cRuns.length; i += 2) {
    const s = cRuns[i];
    const e = cRuns[i + 1];
    if (!(mask & (1 << ((s / SLOTS_PER_DAY) | 0)))) continue;
    for (let k = s; k < e; k++) {
      const count = base[k] + (extra ? extra[k] : 0) + add;
      if (count <= limit) continue;
      if (last && last.end === k && last.count === count) last.end = k + 1;
      else runs.push((last = { start: k, end: k + 1, count }));
    }
  }
  return runs;
}

function slotText(rule: CapacityRule, r: SlotRange, count: number, limit: number): string {
  const where = rule === 'site-present' ? ' in der Großtagespflege' : '';
  return `${slotLabel(r)}: ${count} Kinder gleichzeitig${where} anwesend (höchstens ${limit})`;
}

function toViolation(f: Finding): CapacityViolation {
  const when = period(f.from, f.end);
  const limit = f.limit ?? 0;
  const slots: SlotFinding[] = f.runs.map((r) => {
    const range = slotRange(r.start, r.end);
    return { ...range, count: r.count, label: slotText(f.rule, range, r.count, limit) };
  });
  let message: string;
  switch (f.rule) {
    case 'present':
    case 'site-present': {
      const more = slots.slice(1, 4).map((s) => slotLabel(s));
      const rest = more.length ? `; ebenso ${more.join(', ')}${slots.length > 4 ? ' u. a.' : '.'}` : '.';
      message = `${slots[0].label}, ${when}${rest}`;
      break;
    }
    case 'contracts':
      message = `${f.count} Betreuungsverträge gleichzeitig (höchstens ${limit}), ${when}.`;
      break;
    case 'site-contracts':
      message = `${f.count} Betreuungsverträge in der Großtagespflege (höchstens ${limit}), ${when}.`;
      break;
    case 'qualification':
      message = `Vor Abschluss der Qualifizierung darf nur ${limit} Kind betreut werden (KiBiz § 21); es wären ${f.count}, ${when}.`;
      break;
    case 'permit-validity':
      message = `Keine gültige Pflegeerlaubnis ${when}: Die Betreuung darf nicht über die Erlaubnis hinaus laufen.`;
      break;
  }
  return { rule: f.rule, from: isoOf(f.from), until: f.end === OPEN ? null : isoOf(f.end - 1), limit: f.limit, count: f.count, slots, message };
}

/**
 * Does the candidate schedule fit with this childminder over its whole date range? Time is split
 * into elementary intervals at every start and end of a placement or permit inside the range, so a
 * placement that ended before (or starts after) an interval does not count there, and a future
 * placement does. Within an interval of less than a week only its weekdays are checked.
 * Throws `CapacityInputError` for an invalid schedule or date (new or stored).
 */
export function checkCapacity(input: CapacityCheckInput): CapacityAnswer {
  const { candidate, settings } = input;
  const cRuns = compileSchedule(candidate.schedule);
  const [cFrom, cEnd] = dateRange(candidate.from, candidate.until, null);
  const ownCount = settings.ownChildrenCount;
  const exclude = input.excludePlacementId ?? null;

  const preps: Prepared[] = [];
  const mineIds = new Set<string>();
  for (const p of input.placements) {
    if (p.id === exclude) continue;
    mineIds.add(p.id);
    prepare(p, true, cFrom, cEnd, ownCount, preps);
  }
  const hasSite = !!input.site;
  for (const p of input.site?.placements ?? []) {
    if (p.id !== exclude && !mineIds.has(p.id)) prepare(p, false, cFrom, cEnd, ownCount, preps);
  }
  const permits = input.permits.map((p) => {
    const [a, b] = dateRange(p.validFrom, p.validUntil, null);
    return { from: a, end: b, max: Math.min(p.maxChildren, settings.maxPresent, CAPACITY_LEGAL_MAXIMA.maxPresent) };
  });

  const cuts = [cFrom];
  for (const p of preps) {
    if (p.from > cFrom) cuts.push(p.from);
    if (p.end < cEnd) cuts.push(p.end);
  }
  for (const p of permits) {
    if (p.from > cFrom && p.from < cEnd) cuts.push(p.from);
    if (p.end > cFrom && p.end < cEnd) cuts.push(p.end);
  }
  cuts.sort((x, y) => x - y);

  const candOwn = candidate.own === true;
  const add = candOwn && !ownCount ? 0 : 1;
  const candContract = candOwn ? null : (candidate.childId ?? '#candidate');
  const maxContracts = Math.min(input.maxContracts ?? settings.maxContracts, CAPACITY_LEGAL_MAXIMA.maxContracts);
  const siteMaxContracts = settings.siteMaxContracts === null ? null : Math.min(settings.siteMaxContracts, CAPACITY_LEGAL_MAXIMA.siteMaxContracts);
  const siteMaxPresent = Math.min(settings.siteMaxPresent, CAPACITY_LEGAL_MAXIMA.siteMaxPresent);

  const mine = new Uint8Array(WEEK_SLOTS);
  const others = hasSite ? new Uint8Array(WEEK_SLOTS) : null;
  const findings: Finding[] = [];
  const lastOf = new Map<CapacityRule, Finding>();
  const note = (f: Finding) => {
    const last = lastOf.get(f.rule);
    if (last && last.end === f.from && last.key === f.key) {
      last.end = f.end;
      return;
    }
    findings.push(f);
    lastOf.set(f.rule, f);
  };
  const keys: string[] = [];
  const siteKeys: string[] = [];

  for (let i = 0; i < cuts.length; i++) {
    const a = cuts[i];
    if (i > 0 && a === cuts[i - 1]) continue;
    let j = i + 1;
    while (j < cuts.length && cuts[j] === a) j++;
    const e = j < cuts.length ? cuts[j] : cEnd;

    keys.length = 0;
    siteKeys.length = 0;
    for (const p of preps) {
      const act = p.from <= a && a < p.end;
      if (act !== p.active) {
        p.active = act;
        addSchedule(p.mine ? mine : (others as Uint8Array), p.runs, act ? 1 : -1);
      }
      if (act && p.contract !== null) {
        if (p.mine && !keys.includes(p.contract)) keys.push(p.contract);
        if (!siteKeys.includes(p.contract)) siteKeys.push(p.contract);
      }
    }
    if (candContract !== null && !keys.includes(candContract)) keys.push(candContract);
    if (candContract !== null && !siteKeys.includes(candContract)) siteKeys.push(candContract);
    const contracts = keys.length;
    const siteContracts = siteKeys.length;

    let mask = 0x7f;
    if (e - a < 7) {
      mask = 0;
      for (let d = a; d < e; d++) mask |= 1 << weekdayIndex(d);
    }

    let permitMax = -1;
    for (const p of permits) if (p.from <= a && a < p.end && p.max > permitMax) permitMax = p.max;
    if (permitMax < 0) note({ rule: 'permit-validity', from: a, end: e, limit: null, count: null, runs: [], key: '' });

    if (!input.qualificationComplete && candContract !== null && contracts > MAX_CHILDREN_WHILE_QUALIFYING) {
      note({ rule: 'qualification', from: a, end: e, limit: MAX_CHILDREN_WHILE_QUALIFYING, count: contracts, runs: [], key: `${contracts}` });
    }
    if (candContract !== null && contracts > maxContracts) {
      note({ rule: 'contracts', from: a, end: e, limit: maxContracts, count: contracts, runs: [], key: `${contracts}` });
    }
    if (hasSite && siteMaxContracts !== null && candContract !== null && siteContracts > siteMaxContracts) {
      note({ rule: 'site-contracts', from: a, end: e, limit: siteMaxContracts, count: siteContracts, runs: [], key: `${siteContracts}` });
    }
    if (add > 0 && permitMax >= 0) {
      const runs = scanSlots(cRuns, mine, null, add, permitMax, mask);
      if (runs.length) note(slotFinding('present', a, e, permitMax, runs));
    }
    if (add > 0 && others) {
      const runs = scanSlots(cRuns, mine, others, add, siteMaxPresent, mask);
      if (runs.length) note(slotFinding('site-present', a, e, siteMaxPresent, runs));
    }
  }

  if (!findings.length) return { fits: true };
  findings.sort((x, y) => x.from - y.from || RULE_ORDER.indexOf(x.rule) - RULE_ORDER.indexOf(y.rule));
  return { fits: false, violations: findings.map(toViolation) };
}

function slotFinding(rule: CapacityRule, from: number, end: number, limit: number, runs: Finding['runs']): Finding {
  let count = 0;
  let key = `${limit}`;
  for (const r of runs) {
    if (r.count > count) count = r.count;
    key += `|${r.start}-${r.end}:${r.count}`;
  }
  return { rule, from, end, limit, count, runs, key };
}

export interface WeekGridInput {
  date: IsoDate;
  placements: readonly CapacityPlacement[];
  permits?: readonly PermitPeriod[];
  settings: CapacityOfficeSettings;
  site?: { placements: readonly CapacityPlacement[] } | null;
}

/** Children present per slot of the week (index = (weekday − 1) · 96 + quarter hour) for the placements running on `date`. */
export interface WeekGrid {
  date: IsoDate;
  /** The childminder's present children per slot as the limit counts them (own children per `ownChildrenCount`). */
  present: number[];
  /** The childminder's own children present per slot (whether or not they count). */
  own: number[];
  /** The permit's limit on that date; null without a valid permit. */
  maxPresent: number | null;
  /** Contracts running on that date. */
  contracts: number;
  /** Großtagespflege: everybody's present children per slot, the site limit and the site's contracts. */
  site: { present: number[]; maxPresent: number; contracts: number } | null;
}

/** The childminder's week picture on one date (the UI's capacity view). */
export function weekGrid(input: WeekGridInput): WeekGrid {
  const day = dayOf(input.date);
  if (Number.isNaN(day)) throw dateError('from', input.date, null);
  const { settings } = input;
  const present = new Uint8Array(WEEK_SLOTS);
  const own = new Uint8Array(WEEK_SLOTS);
  const site = input.site ? new Uint8Array(WEEK_SLOTS) : null;
  const children = new Set<string>();
  const siteChildren = new Set<string>();
  const mineIds = new Set(input.placements.map((p) => p.id));
  const visit = (p: CapacityPlacement, mine: boolean) => {
    const [a, b] = dateRange(p.from, p.until, p.id);
    if (day < a || day >= b) return;
    const runs = compileSchedule(p.schedule, p.id);
    const counts = p.own !== true || settings.ownChildrenCount;
    if (mine && p.own) addSchedule(own, runs, 1);
    if (mine && counts) addSchedule(present, runs, 1);
    if (site && counts) addSchedule(site, runs, 1);
    if (p.own !== true) {
      const key = p.childId ?? `#${p.id}`;
      if (mine) children.add(key);
      siteChildren.add(key);
    }
  };
  for (const p of input.placements) visit(p, true);
  for (const p of input.site?.placements ?? []) if (!mineIds.has(p.id)) visit(p, false);
  let maxPresent: number | null = null;
  for (const p of input.permits ?? []) {
    const [a, b] = dateRange(p.validFrom, p.validUntil, null);
    if (a <= day && day < b) maxPresent = Math.max(maxPresent ?? 0, Math.min(p.maxChildren, settings.maxPresent));
  }
  return {
    date: input.date,
    present: Array.from(present),
    own: Array.from(own),
    maxPresent,
    contracts: children.size,
    site: site ? { present: Array.from(site), maxPresent: settings.siteMaxPresent, contracts: siteChildren.size } : null,
  };
}
