/**
 * The matching benchmark's measurements, run in a plain Node process (matching-measure.cjs) so jest's module
 * sandbox does not distort the timings. Imports the library by relative path (ts-node, no path mapping needed).
 */
import {
  buildResult,
  checkResult,
  generateInstance,
  KREIS_UNNA_TOWNS,
  Model,
  runBatch,
  SuggestionEngine,
  type BatchOutcome,
  type CheckReport,
  type MatchingResult,
} from '../../libs/matching/src/index';

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function measure<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  const value = fn();
  return { value, wallMs: round(performance.now() - t0), cpuMs: round(cpuMs() - c0) };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : 0;
}

function peakRssMb(): number {
  return round(process.resourceUsage().maxRSS / 1024, 0);
}

/** what an advisor and the office would read from a batch */
function figures(outcome: BatchOutcome, result: MatchingResult, report: CheckReport | null) {
  const { model, state } = outcome;
  const distances: number[] = [];
  for (const r of model.reqs) {
    const m = state.at[r.index];
    if (m >= 0) distances.push(model.distance(r, model.cms[m]));
  }
  // slot utilisation in the last date interval (steady state of the care year): occupied child-slots / offered places
  let used = 0;
  let offered = 0;
  for (const cm of model.cms) {
    const load = cm.timeline.loads[cm.timeline.loads.length - 1];
    for (let s = 0; s < model.weekSlots; s++) {
      if (!cm.offered[s]) continue;
      offered += cm.src.maxPresent;
      used += Math.min(load[s], cm.src.maxPresent);
    }
  }
  const byReason: Record<string, number> = {};
  for (const u of result.unplaced) byReason[u.code] = (byReason[u.code] ?? 0) + 1;
  const siblingChildren = model.siblingGroups.reduce((s, g) => s + g.length, 0);
  return {
    requests: model.reqs.length,
    childminders: model.cms.length,
    placed: result.stats.placed,
    placedByPriorityPass: result.stats.placedByPriorityPass,
    entitledPlacedShare: round(result.stats.entitledPlaced / Math.max(1, result.stats.entitledRequests), 4),
    unplacedByReason: byReason,
    meanDistanceKm: round(distances.reduce((s, d) => s + d, 0) / Math.max(1, distances.length), 2),
    p90DistanceKm: round(percentile(distances, 90), 2),
    slotUtilisation: round(used / Math.max(1, offered), 4),
    siblingsTogether: `${result.stats.siblingsTogether} of ${siblingChildren} sibling children`,
    justifiedEnvy: report ? report.justifiedEnvy : null,
    wastedPlaces: report ? report.wastedPlaces : null,
    violations: report ? report.violations.length : null,
    upperBound: result.stats.upperBound,
    boundGap: result.stats.gap,
  };
}

export function suggestions(): Record<string, unknown> {
  const inst = generateInstance({ seed: 101, childminders: 2000, requests: 400 });
  const build = measure(() => new SuggestionEngine(inst));
  const engine = build.value;
  for (const r of inst.requests.slice(0, 50)) engine.suggest(r.id); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  let suggestions = 0;
  for (const r of inst.requests) {
    const c0 = cpuMs();
    const t0 = performance.now();
    suggestions += engine.suggest(r.id).suggestions.length;
    times.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  const out = {
    childminders: 2000,
    requests: inst.requests.length,
    engineBuildMs: build.wallMs,
    medianMs: round(percentile(times, 50), 3),
    p90Ms: round(percentile(times, 90), 3),
    maxMs: round(Math.max(...times), 3),
    medianCpuMs: round(percentile(cpu, 50), 3),
    meanSuggestions: round(suggestions / inst.requests.length, 1),
    target: 'median ≤ 5 ms',
  };
  return out;
}

export function city(): Record<string, unknown> {
  return cityRun(202, 1500);
}

/** the same city with fewer than half the childminders: places are scarce, the improvement phase works hard */
export function scarceCity(): Record<string, unknown> {
  return cityRun(203, 700);
}

function cityRun(seed: number, childminders: number): Record<string, unknown> {
  const inst = generateInstance({ seed, childminders, requests: 6000 });
  const run = measure(() => {
    const outcome = runBatch(new Model(inst));
    return { outcome, result: buildResult(outcome) };
  });
  const { outcome, result } = run.value;
  const check = measure(() => checkResult(inst, result));
  const out = {
    ...figures(outcome, result, check.value),
    timings: {
      prepareMs: round(outcome.timings.prepareMs),
      priorityPassMs: round(outcome.timings.priorityPassMs),
      priorityPassCpuMs: round(outcome.timings.priorityPassCpuMs),
      improvementMs: round(outcome.timings.improvementMs),
      improvementCpuMs: round(outcome.timings.improvementCpuMs),
      priorityPassPlusImprovementMs: round(outcome.timings.priorityPassMs + outcome.timings.improvementMs),
      totalWallMs: run.wallMs,
      totalCpuMs: run.cpuMs,
      checkerWallMs: check.wallMs,
    },
    trace: outcome.trace,
    peakRssMb: peakRssMb(),
    targets: 'priority pass ≤ 100 ms; with improvement ≤ 5 s; bound gap reported',
  };
  return out;
}

export function country(): Record<string, unknown> {
  const offices = 50;
  const c0 = cpuMs();
  const t0 = performance.now();
  let placed = 0;
  let requests = 0;
  let entitled = 0;
  let entitledPlaced = 0;
  let envy = 0;
  let waste = 0;
  let violations = 0;
  let bound = 0;
  let priorityPassMs = 0;
  let improvementMs = 0;
  let priorityPassCpuMs = 0;
  let improvementCpuMs = 0;
  let slowestOfficeMs = 0;
  const byReason: Record<string, number> = {};
  const towns = KREIS_UNNA_TOWNS.map((t) => t.name);
  for (let k = 0; k < offices; k++) {
    // each office: a Kreis-Unna-like district, shifted so offices do not overlap
    const inst = generateInstance({
      seed: 3000 + k,
      childminders: 900,
      requests: 3600,
      towns,
      offset: { lat: (k % 10) * 0.5, lon: Math.floor(k / 10) * 0.8 },
      prefix: `o${k}-`,
    });
    const tOffice = performance.now();
    const outcome = runBatch(new Model(inst));
    const result = buildResult(outcome);
    slowestOfficeMs = Math.max(slowestOfficeMs, performance.now() - tOffice);
    const report = checkResult(inst, result);
    placed += result.stats.placed;
    requests += result.stats.requests;
    entitled += result.stats.entitledRequests;
    entitledPlaced += result.stats.entitledPlaced;
    envy += report.justifiedEnvy;
    waste += report.wastedPlaces;
    violations += report.violations.length;
    bound += result.stats.upperBound;
    priorityPassMs += outcome.timings.priorityPassMs;
    improvementMs += outcome.timings.improvementMs;
    priorityPassCpuMs += outcome.timings.priorityPassCpuMs;
    improvementCpuMs += outcome.timings.improvementCpuMs;
    for (const u of result.unplaced) byReason[u.code] = (byReason[u.code] ?? 0) + 1;
  }
  const out = {
    offices,
    childminders: offices * 900,
    requests,
    placed,
    entitledPlacedShare: round(entitledPlaced / Math.max(1, entitled), 4),
    unplacedByReason: byReason,
    justifiedEnvy: envy,
    wastedPlaces: waste,
    violations,
    upperBound: bound,
    boundGap: round((bound - placed) / Math.max(1, bound), 4),
    priorityPassMs: round(priorityPassMs),
    improvementMs: round(improvementMs),
    priorityPassCpuMs: round(priorityPassCpuMs),
    improvementCpuMs: round(improvementCpuMs),
    slowestOfficeMatchMs: round(slowestOfficeMs),
    totalWallSeconds: round((performance.now() - t0) / 1000),
    totalCpuSeconds: round((cpuMs() - c0) / 1000),
    note: 'total includes generating each office instance and the independent checker',
    peakRssMb: peakRssMb(),
  };
  return out;
}
