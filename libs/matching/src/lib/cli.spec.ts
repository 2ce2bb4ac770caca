import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateInstance } from './generator';

/** `npm run match` as a child process (the same entry the npm script runs: bin/match.cjs, no build step). */
const root = resolve(__dirname, '../../../..');
const bin = join(root, 'libs/matching/bin/match.cjs');
const dir = mkdtempSync(join(tmpdir(), 'lotse-match-'));

function run(...args: string[]) {
  const p = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('npm run match', () => {
  const instancePath = join(dir, 'instance.json');
  beforeAll(() => writeFileSync(instancePath, JSON.stringify(generateInstance({ seed: 5, childminders: 40, requests: 150 }))));

  it('writes a result in the format, byte-identical on a second run, that its own check accepts', () => {
    const a = run('--in', instancePath, '--out', join(dir, 'a.json'));
    expect(a.code).toBe(0);
    const b = run('--in', instancePath, '--out', join(dir, 'b.json'));
    expect(b.code).toBe(0);
    const text = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(text);
    const result = JSON.parse(text);
    expect(result.format).toBe('lotse-matching-result/1');
    expect(result.assignments.length + result.unplaced.length).toBe(150);
    expect(result.stats.upperBound).toBeGreaterThanOrEqual(result.assignments.length);
    const check = run('--check', '--in', instancePath, '--result', join(dir, 'a.json'));
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, justifiedEnvy: 0, wastedPlaces: 0 });
  }, 120_000);

  it('names the broken field with exit code 2 and no stack trace', () => {
    const inst = generateInstance({ seed: 5, childminders: 2, requests: 4 });
    inst.requests[3].schedule[0].from = '12:10';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(inst));
    const p = run('--in', bad, '--out', join(dir, 'never.json'));
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('requests[3].schedule[0].from: "12:10" is not on the 15-minute grid');
    expect(p.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('reports unreadable input and bad arguments with exit code 2', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "format": ');
    const broken = run('--in', join(dir, 'broken.json'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(run('--in', join(dir, 'missing.json')).stderr).toContain('cannot read instance');
    expect(run('--bogus').code).toBe(2);
  }, 60_000);

  it('prints suggestions with reasons for one request', () => {
    const p = run('--suggest', 'r-1', '--in', instancePath);
    expect(p.code).toBe(0);
    const list = JSON.parse(p.stdout);
    expect(list.requestId).toBe('r-1');
    expect(Array.isArray(list.suggestions) && Array.isArray(list.nearMisses)).toBe(true);
    expect(run('--suggest', 'nobody', '--in', instancePath).code).toBe(2);
  }, 60_000);

  it('flags a result with a wasted place (check exit code 1)', () => {
    const inst = JSON.parse(readFileSync(instancePath, 'utf8'));
    const r = {
      format: 'lotse-matching-result/1',
      assignments: [],
      unplaced: inst.requests.map((q: { id: string }) => ({ requestId: q.id, reason: 'x' })),
      stats: { upperBound: 0 },
    };
    writeFileSync(join(dir, 'empty.json'), JSON.stringify(r));
    const check = run('--check', '--in', instancePath, '--result', join(dir, 'empty.json'));
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).wastedPlaces).toBeGreaterThan(0);
  }, 60_000);
});
