import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/**
 * Matching benchmarks (pure; the PostgreSQL/Redis of globalSetup are not used). Seeded generator of realistic
 * instances around the towns of Kreis Unna. Each part runs in a plain Node process (matching-measure.cjs → the
 * library in-process, as `npm run match` runs it): inside jest's module sandbox the same code measured 3–5× slower.
 * Prints figures and writes tests/bench/results/matching.json.
 * Targets: (a) suggestions for one request among 2,000 childminders ≤ 5 ms median; (b) city batch 1,500 × 6,000:
 * priority pass ≤ 100 ms, with improvement ≤ 5 s (b2: the same with scarce places); (c) 45,000 × 180,000 split by office: total time, peak memory.
 * Wall-clock AND CPU times are reported: the machine is shared, the CPU time shows what the code itself costs.
 * Run: npx jest -c tests/bench/jest.config.cts tests/bench/matching.bench (a bare "matching" also matches every bench
 * in a checkout whose path contains "matching")
 */

const results: Record<string, unknown> = {};

function part(name: 'suggestions' | 'city' | 'scarceCity' | 'country'): Record<string, number | object> {
  const p = spawnSync(process.execPath, [join(__dirname, 'matching-measure.cjs'), name], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 30 * 60_000,
  });
  if (p.status !== 0) throw new Error(`${name}: exit ${p.status}\n${p.stderr}`);
  return JSON.parse(p.stdout);
}

describe('benchmark: matching', () => {
  afterAll(() => {
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    results['cpus'] = cpus().length;
    results['loadAverage'] = loadavg().map((x) => Math.round(x * 100) / 100);
    results['node'] = process.version;
    results['at'] = new Date().toISOString();
    writeFileSync(join(dir, 'matching.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  });

  it('(a) suggestions for one request among 2,000 childminders', () => {
    results['a_suggestions'] = part('suggestions');
    expect(results['a_suggestions']).toHaveProperty('medianMs');
  });

  it('(b) city batch: 1,500 childminders × 6,000 requests', () => {
    const b = part('city');
    results['b_city'] = b;
    expect([b['violations'], b['justifiedEnvy'], b['wastedPlaces']]).toEqual([0, 0, 0]);
  });

  it('(b2) scarce city: 700 childminders × 6,000 requests', () => {
    const b = part('scarceCity');
    results['b2_scarce_city'] = b;
    expect([b['violations'], b['justifiedEnvy'], b['wastedPlaces']]).toEqual([0, 0, 0]);
  });

  it('(c) country-sized: 45,000 childminders × 180,000 requests, 50 offices in sequence', () => {
    const c = part('country');
    results['c_country'] = c;
    expect([c['violations'], c['justifiedEnvy'], c['wastedPlaces']]).toEqual([0, 0, 0]);
  });
});
