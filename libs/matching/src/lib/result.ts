import { runBatch, type BatchOptions, type BatchOutcome } from './batch';
import { Model, PRIORITY_ORDER_TEXT, RULE } from './model';
import { germanDate, isoOfDay, slotKey, slotLabel } from './time';
import { RESULT_FORMAT, type Instance, type MatchingResult, type Unplaced } from './types';

function km(x: number): string {
  return String(Math.round(x * 10) / 10).replace('.', ',');
}

/**
 * Why r stayed unplaced, from the final load: code + German sentence for the advisor, and the
 * sentence's parameters for translations (`params`; not part of the result format: buildResult
 * leaves them out). Params: `km`; NO_ELIGIBLE_CHILDMINDER `reachable` and `causes`
 * ("age:3,times:6", keys age|dates|times|pets|smoking|excluded); NO_CAPACITY `n` and either `slot`
 * ("0|12:00|12:15") or `kind` (contracts, with `date`; site, with `slot`; overbooked; busy).
 */
export function unplacedReason(
  outcome: BatchOutcome,
  r: number,
): Omit<Unplaced, 'requestId'> & { params: Record<string, string | number> } {
  const { model, candidates } = outcome;
  const req = model.reqs[r];
  const reach = model.inReach(req);
  const radius = km(req.src.maxDistanceKm);
  if (reach.length === 0) {
    return {
      code: 'NO_CHILDMINDER_IN_REACH',
      reason: `keine Tagespflegeperson im Umkreis von ${radius} km`,
      params: { km: req.src.maxDistanceKm },
    };
  }
  if (candidates[r].cms.length === 0) {
    const counts = new Map<string, number>();
    const keys = new Map<string, string>();
    const label: [number, string, string][] = [
      [RULE.age, `Alter ${req.ageMonths} Monate`, 'age'],
      [RULE.dates, 'Startdatum/Pflegeerlaubnis', 'dates'],
      [RULE.times, 'Betreuungszeiten', 'times'],
      [RULE.pets, 'Haustiere (Tierallergie)', 'pets'],
      [RULE.smoking, 'Raucherhaushalt', 'smoking'],
      [RULE.excluded, 'von den Eltern ausgeschlossen', 'excluded'],
    ];
    for (const { cm, km: d } of reach) {
      const f = model.staticFailures(req, model.cms[cm], d);
      for (const [bit, text, key] of label) {
        if (f & bit) {
          counts.set(text, (counts.get(text) ?? 0) + 1);
          keys.set(text, key);
        }
      }
    }
    const list = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return {
      code: 'NO_ELIGIBLE_CHILDMINDER',
      params: {
        km: req.src.maxDistanceKm,
        reachable: reach.length,
        age: req.ageMonths,
        causes: list.map(([t, n]) => `${keys.get(t)}:${n}`).join(','),
      },
      reason:
        `keine passende Tagespflegeperson im Umkreis von ${radius} km (${reach.length} erreichbar, ausgeschlossen durch: ` +
        `${list.map(([t, n]) => `${t} ${n}×`).join(', ')})`,
    };
  }
  const tally = new Map<string, { n: number; key: number; params: Record<string, string | number> }>();
  for (const m of candidates[r].cms) {
    const cm = model.cms[m];
    let c = cm.timeline.firstConflict(req.start, req.slots, cm.src.maxPresent, cm.src.maxContracts);
    let text: string;
    let key: number;
    let params: Record<string, string | number>;
    if (c === null && req.start < cm.blockedBefore) {
      text = 'bestehende Belegung über der Erlaubnis';
      key = 250_000;
      params = { kind: 'overbooked' };
    } else if (c === null && cm.site >= 0) {
      const site = model.sites[cm.site];
      c = site.timeline.firstConflict(req.start, req.slots, site.maxPresent, Infinity);
      text = c ? `Großtagespflege voll ${slotLabel(c.slot, model.slotMinutes)}` : 'belegt';
      key = c ? 100_000 + c.slot : 300_000;
      params = c ? { kind: 'site', slot: slotKey(c.slot, model.slotMinutes) } : { kind: 'busy' };
    } else if (c === null) {
      text = 'belegt';
      key = 300_000;
      params = { kind: 'busy' };
    } else if (c.slot < 0) {
      text = `alle Betreuungsverträge belegt (ab ${germanDate(c.day)})`;
      key = 200_000;
      params = { kind: 'contracts', date: isoOfDay(c.day) };
    } else {
      text = slotLabel(c.slot, model.slotMinutes);
      key = c.slot;
      params = { slot: slotKey(c.slot, model.slotMinutes) };
    }
    const t = tally.get(text);
    if (t) t.n++;
    else tally.set(text, { n: 1, key, params });
  }
  const [top] = [...tally.entries()].sort((a, b) => b[1].n - a[1].n || a[1].key - b[1].key);
  const n = candidates[r].cms.length;
  const who = n === 1 ? 'der einen passenden Tagespflegeperson' : `den ${n} passenden Tagespflegepersonen`;
  return {
    code: 'NO_CAPACITY',
    params: { ...top[1].params, n, km: req.src.maxDistanceKm },
    reason:
      top[0].startsWith('alle') || top[0].startsWith('Groß') || top[0].startsWith('best')
        ? `keine Kapazität: ${top[0]} bei ${who} im Umkreis von ${radius} km`
        : `keine Kapazität ${top[0]} bei ${who} im Umkreis von ${radius} km`,
  };
}

export interface MatchOptions extends BatchOptions {
  /** write stats.millis (off by default: it would make two runs differ) */
  timing?: boolean;
}

/** Batch-matches a (validated) instance and builds the result in format `lotse-matching-result/1`. */
export function match(instance: Instance, options: MatchOptions = {}): { result: MatchingResult; outcome: BatchOutcome } {
  const t0 = performance.now();
  const model = new Model(instance);
  const outcome = runBatch(model, options);
  const result = buildResult(outcome);
  if (options.timing) result.stats = { millis: Math.round(performance.now() - t0), ...result.stats };
  return { result, outcome };
}

export function buildResult(outcome: BatchOutcome): MatchingResult {
  const { model, state } = outcome;
  const assignments: MatchingResult['assignments'] = [];
  const unplaced: Unplaced[] = [];
  let entitledPlaced = 0;
  let entitledRequests = 0;
  for (const req of model.reqs) {
    const m = state.at[req.index];
    if (req.src.entitled) entitledRequests++;
    if (m >= 0) {
      assignments.push({ requestId: req.id, childminderId: model.cms[m].id });
      if (req.src.entitled) entitledPlaced++;
    } else {
      const { code, reason } = unplacedReason(outcome, req.index);
      unplaced.push({ requestId: req.id, code, reason });
    }
  }
  const placed = assignments.length;
  return {
    format: RESULT_FORMAT,
    assignments,
    unplaced,
    stats: {
      upperBound: outcome.upperBound,
      placed,
      placedByPriorityPass: outcome.placedByPriorityPass,
      requests: model.reqs.length,
      gap: outcome.upperBound > 0 ? Math.round(((outcome.upperBound - placed) / outcome.upperBound) * 10_000) / 10_000 : 0,
      entitledPlaced,
      entitledRequests,
      siblingsTogether: siblingsTogether(outcome),
      priorityOrder: PRIORITY_ORDER_TEXT,
    },
  };
}

/** children placed with at least one placed sibling at the same childminder */
export function siblingsTogether(outcome: BatchOutcome): number {
  const { model, state } = outcome;
  let n = 0;
  for (const group of model.siblingGroups) {
    for (const r of group) {
      const m = state.at[r];
      if (m >= 0 && group.some((o) => o !== r && state.at[o] === m)) n++;
    }
  }
  return n;
}
