import {
  checkCapacity,
  DEFAULT_CAPACITY_SETTINGS,
  plusDays,
  type CapacityCandidate,
  type CapacityCheckInput,
  type CapacityPlacement,
  type IsoDate,
  type PermitPeriod,
  type WeeklyTime,
} from '../../libs/shared/domain/src/index';
import { cpus, loadavg } from 'node:os';

/**
 * The capacity benchmark's measurements, run in a plain Node process (capacity-measure.cjs) so jest's module
 * sandbox does not distort the timings (the same reason as matching-measure.ts). Imports the library by relative path.
 *
 * Capacity engine: one new schedule against one childminder, and against all 2,000 of a seeded
 * office (0–8 placements each with realistic weekly schedules, past, running and future; a renewal
 * for some permits; about an eighth of the childminders in Großtagespflege sites of 2–3).
 * Prints a table and writes tests/bench/results/capacity.json. Targets: one check ≤ 20 µs median,
 * all 2,000 ≤ 20 ms (wall time; the CPU time of the process is printed beside it because the
 * machine is shared). Figures only (no timing assertion). Pure: no database needed, so it also runs
 * without the services:
 *   DATABASE_URL=unused REDIS_URL=unused npx jest -c tests/bench/jest.config.cts bench/capacity
 */
const CHILDMINDERS = 2000;
const TODAY: IsoDate = '2026-12-01';
const PASSES = 5;
const REPEAT = 20;
const ALL_RUNS = 40;

/** mulberry32: small, seedable, good enough for test data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

const hhmm = (quarter: number) => `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
const days = (list: number[], from: number, to: number): WeeklyTime[] =>
  list.map((weekday) => ({ weekday, from: hhmm(from), to: hhmm(to) }));

/** Weekly schedules as parents book them: full days, mornings, afternoons, part weeks, a long Friday off. */
function schedule(r: Rng): WeeklyTime[] {
  const start = r.int(28, 34); // 07:00–08:30
  switch (r.int(0, 5)) {
    case 0:
      return days([1, 2, 3, 4, 5], start, r.int(56, 68)); // full days until 14:00–17:00
    case 1:
      return days([1, 2, 3, 4, 5], start, r.int(46, 52)); // mornings until 11:30–13:00
    case 2:
      return days([1, 2, 3, 4, 5], r.int(48, 52), r.int(64, 70)); // afternoons
    case 3:
      return days(
        r.pick([
          [1, 2, 3],
          [3, 4, 5],
          [1, 3, 5],
          [2, 4],
        ]),
        start,
        r.int(52, 64),
      );
    case 4:
      return [...days([1, 2, 3, 4], start, r.int(52, 62)), ...days([5], start, 48)];
    default:
      return [...days([1, 2, 3, 4, 5], start, r.int(50, 60)), ...(r.chance(0.3) ? days([6], 32, 48) : [])];
  }
}

interface Childminder {
  id: string;
  placements: CapacityPlacement[];
  permits: PermitPeriod[];
  qualificationComplete: boolean;
  siteId: string | null;
}

function office(seed: number) {
  const r = rng(seed);
  const childminders: Childminder[] = [];
  for (let i = 0; i < CHILDMINDERS; i++) {
    const validFrom = plusDays(TODAY, -r.int(0, 5 * 365));
    const validUntil = plusDays(validFrom, 5 * 365 - 1);
    const maxChildren = r.pick([5, 5, 5, 5, 4, 3]);
    const permits: PermitPeriod[] = [{ validFrom, validUntil, maxChildren }];
    if (r.chance(0.2)) permits.push({ validFrom: plusDays(validUntil, 1), validUntil: plusDays(validUntil, 5 * 365), maxChildren });
    const placements: CapacityPlacement[] = [];
    const n = r.int(0, 8);
    for (let k = 0; k < n; k++) {
      const from = plusDays(TODAY, r.int(-700, 180));
      const until = r.chance(0.5) ? null : plusDays(from, r.int(180, 1100));
      placements.push({
        id: `cm${i}-p${k}`,
        childId: `cm${i}-c${k}`,
        childminderId: `cm${i}`,
        from,
        until,
        schedule: schedule(r),
        own: k === 0 && r.chance(0.05) ? true : undefined,
      });
    }
    childminders.push({ id: `cm${i}`, placements, permits, qualificationComplete: r.chance(0.95), siteId: null });
  }
  // Großtagespflege: sites of 2–3 childminders until about an eighth are placed
  let site = 0;
  for (let i = 0; i < CHILDMINDERS / 8;) {
    const size = r.int(2, 3);
    for (let k = 0; k < size; k++) childminders[i + k].siteId = `site${site}`;
    i += size;
    site++;
  }
  const bySite = new Map<string, CapacityPlacement[]>();
  for (const c of childminders) if (c.siteId) bySite.set(c.siteId, [...(bySite.get(c.siteId) ?? []), ...c.placements]);
  const candidates: CapacityCandidate[] = Array.from({ length: 64 }, () => {
    const from = plusDays(TODAY, r.int(30, 120));
    return { from, until: r.chance(0.3) ? null : plusDays(from, r.int(365, 3 * 365)), schedule: schedule(r) };
  });
  return { childminders, bySite, sites: site, candidates };
}

function inputFor(c: Childminder, candidate: CapacityCandidate, bySite: Map<string, CapacityPlacement[]>): CapacityCheckInput {
  return {
    candidate,
    placements: c.placements,
    permits: c.permits,
    qualificationComplete: c.qualificationComplete,
    settings: DEFAULT_CAPACITY_SETTINGS,
    site: c.siteId ? { placements: bySite.get(c.siteId) ?? [] } : null,
  };
}

function stats(values: number[], digits: number) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  const f = (v: number) => +v.toFixed(digits);
  return { runs: s.length, min: f(s[0]), median: f(at(50)), p95: f(at(95)), max: f(s[s.length - 1]) };
}

/** Runs the measurements and returns the figures (written to tests/bench/results/capacity.json by the bench). */
export function measureCapacity() {
  const seedStarted = process.hrtime.bigint();
  const { childminders, bySite, sites, candidates } = office(20261201);
  const seedMs = Number(process.hrtime.bigint() - seedStarted) / 1e6;
  const placements = childminders.reduce((n, c) => n + c.placements.length, 0);

  // warm up the JIT
  for (let i = 0; i < 5000; i++) checkCapacity(inputFor(childminders[i % CHILDMINDERS], candidates[i % candidates.length], bySite));

  // one check = the mean of REPEAT calls for the same input (hrtime itself costs about a µs under jest);
  // the median is taken over every childminder, PASSES times with different new schedules
  const single: number[] = [];
  const singleSite: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = 0; i < CHILDMINDERS; i++) {
      const c = childminders[i];
      const input = inputFor(c, candidates[(i + pass * 17) % candidates.length], bySite);
      const t = process.hrtime.bigint();
      for (let k = 0; k < REPEAT; k++) checkCapacity(input);
      const us = Number(process.hrtime.bigint() - t) / 1e3 / REPEAT;
      (c.siteId ? singleSite : single).push(us);
    }
  }

  const allRuns = (firstOnly: boolean) => {
    const ms: number[] = [];
    const cpuMs: number[] = [];
    let fits = 0;
    const byRule: Record<string, number> = {};
    for (let run = 0; run < ALL_RUNS + 3; run++) {
      const candidate = candidates[run % candidates.length];
      const inputs = childminders.map((c) => inputFor(c, candidate, bySite));
      // keep what a caller keeps of 2,000 answers: which fit, and the first finding of the others
      const fitting: boolean[] = [];
      const first: string[] = [];
      const options = { firstOnly };
      const cpu = process.cpuUsage();
      const t = process.hrtime.bigint();
      for (const input of inputs) {
        const a = checkCapacity(input, options);
        fitting.push(a.fits);
        if (!a.fits) first.push(a.violations[0].message);
        if (run === 0 && !a.fits) for (const v of a.violations) byRule[v.rule] = (byRule[v.rule] ?? 0) + 1;
      }
      const took = Number(process.hrtime.bigint() - t) / 1e6;
      const used = process.cpuUsage(cpu);
      if (run >= 3) {
        ms.push(took);
        cpuMs.push((used.user + used.system) / 1e3);
      }
      if (run === 0) fits = fitting.filter(Boolean).length;
    }
    return { ...stats(ms, 2), cpuMedian: stats(cpuMs, 2).median, fitsFirstRun: fits, violationsFirstRun: byRule };
  };
  const all = allRuns(false);
  const screening = allRuns(true);

  const out = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((l) => +l.toFixed(2)),
    data: {
      childminders: CHILDMINDERS,
      placements,
      sites,
      siteChildminders: childminders.filter((c) => c.siteId).length,
      seedMs: Math.round(seedMs),
    },
    targets: { oneChildminderMedianUs: 20, allChildmindersMedianMs: 20 },
    oneChildminderAnyUs: stats([...single, ...singleSite], 2),
    oneChildminderUs: stats(single, 2),
    oneSiteChildminderUs: stats(singleSite, 2),
    allChildmindersMs: all,
    allChildmindersFirstOnlyMs: screening,
  };
  return out;
}
