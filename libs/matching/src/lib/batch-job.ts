import { match, unplacedReason, type MatchOptions } from './result';
import type { ScorePart } from './score';
import { SuggestionEngine } from './suggest';
import type { Instance, MatchingResult } from './types';

/** Score and reasons of one assigned pair, kept with a stored run (the result table shows them). */
export interface AssignmentDetail {
  score: number;
  distanceKm: number;
  reasons: ScorePart[];
}

export interface BatchJobOutput {
  result: MatchingResult;
  details: Record<string, AssignmentDetail>;
  /** per unplaced request: the parameters of its reason (translations; the code is in the result) */
  unplacedParams: Record<string, Record<string, string | number>>;
  /** wall-clock milliseconds of `match()` alone */
  millis: number;
}

/**
 * A whole batch run as the worker needs it: `match()`, then every assigned pair's score and
 * reasons. Pure (no I/O): runs in a worker thread (`batch-thread.ts`) or in-process.
 * `progress` gets 0–100 of this computation.
 */
export function computeBatch(
  instance: Instance,
  progress: (percent: number) => void = () => undefined,
  options: MatchOptions = {},
): BatchJobOutput {
  progress(0);
  const t = performance.now();
  const { result, outcome } = match(instance, options);
  const millis = Math.round(performance.now() - t);
  progress(75);
  const engine = new SuggestionEngine(instance);
  const details: Record<string, AssignmentDetail> = {};
  for (const a of result.assignments) {
    const s = engine.suggest(a.requestId, { nearMisses: 0 }).suggestions.find((x) => x.childminderId === a.childminderId);
    if (s) details[a.requestId] = { score: s.score, distanceKm: Math.round(s.distanceKm * 10) / 10, reasons: s.reasons };
  }
  const unplacedParams: BatchJobOutput['unplacedParams'] = {};
  for (const u of result.unplaced) unplacedParams[u.requestId] = unplacedReason(outcome, outcome.model.reqById.get(u.requestId)!).params;
  progress(100);
  return { result, details, unplacedParams, millis };
}
