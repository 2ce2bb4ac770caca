// `npm test`: lint (module boundaries included), unit tests of every project, integration tests
// against real PostgreSQL/Redis/SMTP, then browser tests in Debian's Chromium against the built
// product. Services are started by the jest harness unless DATABASE_URL / REDIS_URL are set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureAptPackage, log } from './services.mjs';

const root = resolve(process.cwd());
const bin = (name) => join(root, 'node_modules/.bin', name);
const reports = join(root, 'tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
const only = process.argv[2]; // optional: lint | unit | api | web

// What the integration and browser tests need from the OS (installed as root when missing).
ensureAptPackage('redis-server', 'redis-server');
if (!only || only === 'web') ensureAptPackage('chromium', 'chromium');
if (!only || only === 'web') ensureAptPackage('pdftotext', 'poppler-utils');

const steps = [
  ['lint', 'lint (eslint with module boundaries)', bin('nx'), ['run-many', '-t', 'lint', '--output-style=static']],
  ['lint', 'format check (prettier)', bin('prettier'), ['--check', '.', '--log-level=warn']],
  // Two workers: jest's default (cores − 1) runs the unit suites one at a time on a 2-core machine.
  ['unit', 'unit tests', bin('jest'), ['-c', 'jest.config.ts', '--maxWorkers=2', '--json', `--outputFile=${join(reports, 'unit.json')}`]],
  [
    'api',
    'integration tests (PostgreSQL, Redis, SMTP)',
    bin('jest'),
    ['-c', 'tests/api-e2e/jest.config.cts', '--json', `--outputFile=${join(reports, 'api.json')}`],
  ],
  ['web', 'build for the browser tests', bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=static']],
  [
    'web',
    'browser tests (Chromium)',
    bin('jest'),
    ['-c', 'tests/web-e2e/jest.config.cts', '--json', `--outputFile=${join(reports, 'web.json')}`],
  ],
];

let failedStep = null;
const started = Date.now();
for (const [key, what, cmd, args] of steps) {
  if (only && only !== key) continue;
  const t = Date.now();
  log(`── ${what}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  log(`── ${what}: ${r.status === 0 ? 'ok' : 'FAILED'} (${Math.round((Date.now() - t) / 1000)} s)`);
  if (r.status !== 0) {
    failedStep = what;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const f of ['unit.json', 'api.json', 'web.json']) {
  const p = join(reports, f);
  if (!existsSync(p)) continue;
  const j = JSON.parse(readFileSync(p, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  log(`${f.replace('.json', '').padEnd(5)} ${j.numPassedTests} passed, ${j.numFailedTests} failed (${j.numTotalTestSuites} suites)`);
}
if (failedStep && failed === 0) failed = 1;
log(`total time ${Math.round((Date.now() - started) / 1000)} s${failedStep ? `; failed at: ${failedStep}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
