import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Capacity engine benchmark (pure; the PostgreSQL/Redis of globalSetup are not used): one new schedule
 * against one childminder, and against all 2,000 of a seeded office (0–8 placements each with realistic
 * weekly schedules, past, running and future; renewals; Großtagespflege sites of 2–3). The measuring runs
 * in a plain Node process (capacity-measure.cjs → capacity-measure.ts), as for the matching benchmark, so
 * jest's module sandbox does not distort the timings. Targets: one check ≤ 20 µs median, all 2,000 ≤ 20 ms
 * median (wall time; the process's CPU time is printed beside it because the machine may be shared).
 * Figures only (no timing assertion); writes tests/bench/results/capacity.json. Without the services:
 *   DATABASE_URL=unused REDIS_URL=unused npx jest -c tests/bench/jest.config.cts bench/capacity
 */
type Stats = { runs: number; min: number; median: number; p95: number; max: number; cpuMedian?: number };

const row = ({ runs, min, median, p95, max, cpuMedian }: Stats) => ({ runs, min, median, p95, max, 'cpu median': cpuMedian ?? '' });

describe('benchmark: capacity engine', () => {
  it('checks one schedule against one childminder and against all 2,000', () => {
    const p = spawnSync(process.execPath, [join(__dirname, 'capacity-measure.cjs')], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (p.status !== 0) throw new Error(`capacity-measure: exit ${p.status}\n${p.stderr}`);
    const out = JSON.parse(p.stdout);
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'capacity.json'), `${JSON.stringify(out, null, 2)}\n`);
    console.log(
      `\n${out.data.childminders} childminders, ${out.data.placements} placements, ${out.data.sites} Großtagespflege sites (${out.data.siteChildminders} childminders); load ${out.loadAverage.join(' ')} on ${out.cpus} CPUs`,
    );
    console.table({
      'one childminder, any (µs)': { ...row(out.oneChildminderAnyUs), target: '≤ 20 median' },
      'one childminder, own home (µs)': { ...row(out.oneChildminderUs), target: '' },
      'one childminder at a site (µs)': { ...row(out.oneSiteChildminderUs), target: '' },
      'all 2,000, full answers (ms)': { ...row(out.allChildmindersMs), target: '≤ 20 median' },
      'all 2,000, firstOnly (ms)': { ...row(out.allChildmindersFirstOnlyMs), target: '≤ 20 median' },
    });
    console.log(
      `first candidate: ${out.allChildmindersMs.fitsFirstRun} of ${out.data.childminders} fit; findings ${JSON.stringify(out.allChildmindersMs.violationsFirstRun)}`,
    );
    expect(out.oneChildminderAnyUs.runs).toBe(10_000);
    expect(out.allChildmindersMs.fitsFirstRun).toBeGreaterThan(0);
  });
});
