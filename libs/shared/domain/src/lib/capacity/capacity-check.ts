import type { IsoDate } from '../dates/iso-date';
import { CAPACITY_LEGAL_MAXIMA, MAX_CHILDREN_WHILE_QUALIFYING, type CapacityOfficeSettings } from './capacity-settings';
import {
  addSchedule,
  CapacityInputError,
  compileSchedule,
  compileScheduleInto,
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

export interface CapacityCheckOptions {
  /**
   * Stop at the first elementary interval with a finding and answer only its first violation
   * (by date, then rule), whose `until` then ends with that interval. For screening many
   * childminders (matching); the full answer is for the person who decides.
   */
  firstOnly?: boolean;
}

export type CapacityAnswer = { fits: true } | { fits: false; violations: CapacityViolation[] };

const RULE_ORDER: readonly CapacityRule[] = ['permit-validity', 'qualification', 'contracts', 'site-contracts', 'present', 'site-present'];
const OPEN = Number.POSITIVE_INFINITY;
// Module-level aliases: under jest (a vm context) every lookup of a global such as `Math` is slow.
const floor = Math.floor;
const isNaNumber = Number.isNaN;
const min = Math.min;

/** `YYYY-MM-DD` → days since 1970-01-01, NaN when not a calendar date. Arithmetic, no Date: it runs for every stored placement. */
function dayOf(iso: unknown): number {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    y = y * 10 + c;
  }
  const m1 = iso.charCodeAt(5) - 48;
  const m2 = iso.charCodeAt(6) - 48;
  const d1 = iso.charCodeAt(8) - 48;
  const d2 = iso.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31)) return NaN;
  // days from civil (H. Hinnant)
  const yy = m <= 2 ? y - 1 : y;
  const era = floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy - 719468;
}

/** Days since 1970-01-01 → `YYYY-MM-DD` (civil from days, H. Hinnant). */
function isoOf(day: number): IsoDate {
  const z = day + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const d = doy - floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
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
  const errors: ScheduleError[] = [
    {
      code: 'date',
      index: null,
      field: field === 'from' ? 'from' : 'until',
      message: `„${String(value)}“ ist kein gültiges Datum (JJJJ-MM-TT).`,
    },
  ];
  return new CapacityInputError(errors, placementId);
}

function startDay(from: unknown, id: string | null): number {
  const a = dayOf(from);
  if (isNaNumber(a)) throw dateError('from', from, id);
  return a;
}

/** The day after `until` (exclusive end), OPEN when there is none. */
function endDay(start: number, until: unknown, id: string | null, what: 'Betreuung' | 'Pflegeerlaubnis' = 'Betreuung'): number {
  if (until == null) return OPEN;
  const b = dayOf(until);
  if (isNaNumber(b)) throw dateError('until', until, id);
  if (b < start)
    throw new CapacityInputError(
      [{ code: 'date-order', index: null, field: 'until', message: `Das Ende der ${what} liegt vor ihrem Beginn.` }],
      id,
    );
  return b + 1;
}

/** Scratch buffers: the engine is synchronous and calls no foreign code while it uses them. */
const scratchRuns = new Int16Array(2 * WEEK_SLOTS);
const scratchMine = new Uint16Array(WEEK_SLOTS);
const scratchOthers = new Uint16Array(WEEK_SLOTS);
let scratchCuts = new Float64Array(64);

interface Prepared {
  /** The placement's slots that the candidate also uses, in the candidate's slot numbering. */
  runs: number[];
  from: number;
  end: number;
  mine: boolean;
  /** null: no contract (own child). */
  contract: string | null;
  active: boolean;
  /** Earlier placements of the same child (the childminder's / anybody's at the site): one contract. */
  sameMine: number[] | null;
  sameAll: number[] | null;
}

function anyActive(list: number[] | null, preps: Prepared[]): boolean {
  if (list === null) return false;
  for (const j of list) if (preps[j].active) return true;
  return false;
}

interface Finding {
  rule: CapacityRule;
  from: number;
  end: number;
  limit: number | null;
  count: number | null;
  /** Slot rules: offending runs as flat triples `[start, end, count, …]` (week slots). */
  runs: number[];
}

/**
 * Only the candidate's own slots can break a limit, so counts are kept for those alone: the
 * candidate's slots numbered 0…n−1 in week order, `offsets[r]` = number of the first slot of run r.
 */
interface CandidateSlots {
  runs: Int16Array;
  offsets: number[];
  n: number;
}

function candidateSlots(runs: Int16Array): CandidateSlots {
  const offsets: number[] = [];
  let n = 0;
  for (let i = 0; i < runs.length; i += 2) {
    offsets.push(n);
    n += runs[i + 1] - runs[i];
  }
  return { runs, offsets, n };
}

/** A placement's runs cut to the candidate's slots, in the candidate's numbering (both lists sorted). */
function overlap(p: Int16Array, length: number, c: CandidateSlots): number[] {
  const out: number[] = [];
  const cr = c.runs;
  let i = 0;
  let j = 0;
  while (i < length && j < cr.length) {
    const s = p[i] > cr[j] ? p[i] : cr[j];
    const e = p[i + 1] < cr[j + 1] ? p[i + 1] : cr[j + 1];
    if (s < e) {
      const base = c.offsets[j >> 1] - cr[j];
      out.push(base + s, base + e);
    }
    if (p[i + 1] < cr[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

function prepare(
  p: CapacityPlacement,
  mine: boolean,
  from: number,
  end: number,
  ownCount: boolean,
  c: CandidateSlots,
  out: Prepared[],
): void {
  const a = startDay(p.from, p.id);
  const b = endDay(a, p.until, p.id);
  if (b <= from || a >= end) return;
  const own = p.own === true;
  if (own && !ownCount) return;
  const runs = overlap(scratchRuns, compileScheduleInto(p.schedule, scratchRuns, p.id), c);
  if (own && !runs.length) return;
  out.push({ runs, from: a, end: b, mine, contract: own ? null : (p.childId ?? `#${p.id}`), active: false, sameMine: null, sameAll: null });
}

function add(counts: Uint16Array, runs: number[], delta: number): void {
  for (let i = 0; i < runs.length; i += 2) for (let k = runs[i]; k < runs[i + 1]; k++) counts[k] += delta;
}

/** Offending runs (week slots) where `base[k] (+ extra[k]) + plus > limit`, on the weekdays in `mask` only. */
function scanSlots(c: CandidateSlots, base: Uint16Array, extra: Uint16Array | null, plus: number, limit: number, mask: number): number[] {
  const runs: number[] = [];
  let n = 0;
  for (let r = 0; r < c.offsets.length; r++) {
    const s = c.runs[2 * r];
    if (!(mask & (1 << ((s / SLOTS_PER_DAY) | 0)))) continue;
    const k0 = c.offsets[r];
    const k1 = k0 + c.runs[2 * r + 1] - s;
    for (let k = k0; k < k1; k++) {
      const count = base[k] + (extra ? extra[k] : 0) + plus;
      if (count <= limit) continue;
      const w = s + k - k0;
      if (n && runs[n - 2] === w && runs[n - 1] === count) runs[n - 2] = w + 1;
      else n = runs.push(w, w + 1, count);
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
  const slots: SlotFinding[] = [];
  for (let i = 0; i < f.runs.length; i += 3) {
    const range = slotRange(f.runs[i], f.runs[i + 1]);
    slots.push({ weekday: range.weekday, from: range.from, to: range.to, count: f.runs[i + 2] });
  }
  let message: string;
  switch (f.rule) {
    case 'present':
    case 'site-present': {
      const more = slots.slice(1, 4).map((s) => slotLabel(s));
      const rest = more.length ? `; ebenso ${more.join(', ')}${slots.length > 4 ? ' u. a.' : '.'}` : '.';
      message = `${slotText(f.rule, slots[0], slots[0].count, limit)}, ${when}${rest}`;
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
  return {
    rule: f.rule,
    from: isoOf(f.from),
    until: f.end === OPEN ? null : isoOf(f.end - 1),
    limit: f.limit,
    count: f.count,
    slots,
    message,
  };
}

/**
 * Does the candidate schedule fit with this childminder over its whole date range? Time is split
 * into elementary intervals at every start and end of a placement or permit inside the range, so a
 * placement that ended before (or starts after) an interval does not count there, and a future
 * placement does. Within an interval of less than a week only its weekdays are checked.
 * Throws `CapacityInputError` for an invalid schedule or date (new or stored).
 */
export function checkCapacity(input: CapacityCheckInput, options: CapacityCheckOptions = {}): CapacityAnswer {
  const { candidate, settings } = input;
  const cSlots = candidateSlots(compileSchedule(candidate.schedule));
  const cFrom = startDay(candidate.from, null);
  const cEnd = endDay(cFrom, candidate.until, null);
  const ownCount = settings.ownChildrenCount;
  const exclude = input.excludePlacementId ?? null;

  const preps: Prepared[] = [];
  const hasSite = !!input.site;
  const mineIds = hasSite ? new Set<string>() : null;
  for (const p of input.placements) {
    if (p.id === exclude) continue;
    mineIds?.add(p.id);
    prepare(p, true, cFrom, cEnd, ownCount, cSlots, preps);
  }
  for (const p of input.site?.placements ?? []) {
    if (p.id !== exclude && !mineIds?.has(p.id)) prepare(p, false, cFrom, cEnd, ownCount, cSlots, preps);
  }
  const permits = input.permits.map((p) => {
    const a = startDay(p.validFrom, null);
    return {
      from: a,
      end: endDay(a, p.validUntil, null, 'Pflegeerlaubnis'),
      max: min(p.maxChildren, settings.maxPresent, CAPACITY_LEGAL_MAXIMA.maxPresent),
    };
  });

  // interval starts: the candidate's, and every start and end of a placement or permit inside its range
  const need = 1 + 2 * (preps.length + permits.length);
  if (scratchCuts.length < need) scratchCuts = new Float64Array(2 * need);
  const cuts = scratchCuts;
  let nCuts = 0;
  cuts[nCuts++] = cFrom;
  for (const p of preps) {
    if (p.from > cFrom) cuts[nCuts++] = p.from;
    if (p.end < cEnd) cuts[nCuts++] = p.end;
  }
  for (const p of permits) {
    if (p.from > cFrom && p.from < cEnd) cuts[nCuts++] = p.from;
    if (p.end > cFrom && p.end < cEnd) cuts[nCuts++] = p.end;
  }
  // Insertion sort: a few dozen cuts at most; a typed array's sort() costs more than the sorting here.
  for (let i = 1; i < nCuts; i++) {
    const v = cuts[i];
    let k = i - 1;
    while (k >= 0 && cuts[k] > v) {
      cuts[k + 1] = cuts[k];
      k--;
    }
    cuts[k + 1] = v;
  }

  const candOwn = candidate.own === true;
  const plus = candOwn && !ownCount ? 0 : 1;
  const candContract = candOwn ? null : (candidate.childId ?? '#candidate');
  const maxContracts = min(input.maxContracts ?? settings.maxContracts, CAPACITY_LEGAL_MAXIMA.maxContracts);
  const siteMaxContracts =
    settings.siteMaxContracts === null ? null : min(settings.siteMaxContracts, CAPACITY_LEGAL_MAXIMA.siteMaxContracts);
  const siteMaxPresent = min(settings.siteMaxPresent, CAPACITY_LEGAL_MAXIMA.siteMaxPresent);

  const mine = scratchMine.fill(0, 0, cSlots.n);
  const others = hasSite ? scratchOthers.fill(0, 0, cSlots.n) : null;
  const findings: Finding[] = [];
  const lastOf: (Finding | undefined)[] = [];
  const note = (f: Finding) => {
    const r = RULE_ORDER.indexOf(f.rule);
    const last = lastOf[r];
    if (last && last.end === f.from && last.limit === f.limit && last.count === f.count && sameRuns(last.runs, f.runs)) {
      last.end = f.end;
      return;
    }
    findings.push(f);
    lastOf[r] = f;
  };
  let mineActive = 0;
  let othersActive = 0;
  // Contracts count distinct children. Link each placement to earlier ones of the same child once,
  // so that the intervals count with integers.
  let candMine: number[] | null = null;
  let candAll: number[] | null = null;
  for (let i = 0; i < preps.length; i++) {
    const p = preps[i];
    if (p.contract === null) continue;
    for (let j = 0; j < i; j++) {
      if (preps[j].contract !== p.contract) continue;
      (p.sameAll ??= []).push(j);
      if (p.mine && preps[j].mine) (p.sameMine ??= []).push(j);
    }
    if (p.contract === candContract) {
      (candAll ??= []).push(i);
      if (p.mine) (candMine ??= []).push(i);
    }
  }

  for (let i = 0; i < nCuts; i++) {
    const a = cuts[i];
    if (i > 0 && a === cuts[i - 1]) continue;
    let j = i + 1;
    while (j < nCuts && cuts[j] === a) j++;
    const e = j < nCuts ? cuts[j] : cEnd;

    let contracts = 0;
    let siteContracts = 0;
    for (const p of preps) {
      const act = p.from <= a && a < p.end;
      if (act !== p.active) {
        p.active = act;
        if (p.runs.length) {
          add(p.mine ? mine : (others as Uint16Array), p.runs, act ? 1 : -1);
          if (p.mine) mineActive += act ? 1 : -1;
          else othersActive += act ? 1 : -1;
        }
      }
      // earlier placements are already updated for this interval
      if (act && p.contract !== null) {
        if (p.mine && !anyActive(p.sameMine, preps)) contracts++;
        if (!anyActive(p.sameAll, preps)) siteContracts++;
      }
    }
    if (candContract !== null) {
      if (!anyActive(candMine, preps)) contracts++;
      if (!anyActive(candAll, preps)) siteContracts++;
    }

    let mask = 0x7f;
    if (e - a < 7) {
      mask = 0;
      for (let d = a; d < e; d++) mask |= 1 << weekdayIndex(d);
    }

    let permitMax = -1;
    for (const p of permits) if (p.from <= a && a < p.end && p.max > permitMax) permitMax = p.max;
    if (permitMax < 0) note({ rule: 'permit-validity', from: a, end: e, limit: null, count: null, runs: [] });

    if (!input.qualificationComplete && candContract !== null && contracts > MAX_CHILDREN_WHILE_QUALIFYING) {
      note({ rule: 'qualification', from: a, end: e, limit: MAX_CHILDREN_WHILE_QUALIFYING, count: contracts, runs: [] });
    }
    if (candContract !== null && contracts > maxContracts) {
      note({ rule: 'contracts', from: a, end: e, limit: maxContracts, count: contracts, runs: [] });
    }
    if (hasSite && siteMaxContracts !== null && candContract !== null && siteContracts > siteMaxContracts) {
      note({ rule: 'site-contracts', from: a, end: e, limit: siteMaxContracts, count: siteContracts, runs: [] });
    }
    // a schedule has no overlaps, so each placement adds at most 1 to a slot: no scan while the total fits
    if (plus > 0 && permitMax >= 0 && mineActive + plus > permitMax) {
      const runs = scanSlots(cSlots, mine, null, plus, permitMax, mask);
      if (runs.length) note(slotFinding('present', a, e, permitMax, runs));
    }
    if (plus > 0 && others && mineActive + othersActive + plus > siteMaxPresent) {
      const runs = scanSlots(cSlots, mine, others, plus, siteMaxPresent, mask);
      if (runs.length) note(slotFinding('site-present', a, e, siteMaxPresent, runs));
    }
    if (options.firstOnly && findings.length) break;
  }

  if (!findings.length) return { fits: true };
  findings.sort((x, y) => x.from - y.from || RULE_ORDER.indexOf(x.rule) - RULE_ORDER.indexOf(y.rule));
  return { fits: false, violations: (options.firstOnly ? findings.slice(0, 1) : findings).map(toViolation) };
}

function slotFinding(rule: CapacityRule, from: number, end: number, limit: number, runs: number[]): Finding {
  let count = 0;
  for (let i = 2; i < runs.length; i += 3) if (runs[i] > count) count = runs[i];
  return { rule, from, end, limit, count, runs };
}

function sameRuns(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  if (isNaNumber(day)) throw dateError('from', input.date, null);
  const { settings } = input;
  const present = new Uint16Array(WEEK_SLOTS);
  const own = new Uint16Array(WEEK_SLOTS);
  const site = input.site ? new Uint16Array(WEEK_SLOTS) : null;
  const children = new Set<string>();
  const siteChildren = new Set<string>();
  const mineIds = new Set(input.placements.map((p) => p.id));
  const visit = (p: CapacityPlacement, mine: boolean) => {
    const a = startDay(p.from, p.id);
    const b = endDay(a, p.until, p.id);
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
    const a = startDay(p.validFrom, null);
    const b = endDay(a, p.validUntil, null, 'Pflegeerlaubnis');
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
