import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm run lint` (and the lint step of `npm test`) ends with `prettier --check`: unformatted code
 * fails it. Prettier's own command line checks a fixture, in memory, as if it were a file of the repo,
 * so the repo's configuration (.prettierrc.json, .prettierignore) is what is tested.
 */
const root = resolve(__dirname, '../../..');

function check(filePath: string, code: string): number | null {
  return spawnSync(join(root, 'node_modules/.bin/prettier'), ['--check', '--stdin-filepath', join(root, filePath)], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  }).status;
}

describe('format check (Prettier)', () => {
  it('refuses unformatted code', () => {
    expect(check('libs/server/children/src/lib/format-fixture.ts', `export const  x = {a:1,\n b:"two"}\n`)).not.toBe(0);
  });

  it('accepts the repository style: single quotes, trailing commas, lines up to 140 columns', () => {
    const long = `export const limits = { maxChildren: 5, maxContracts: 8, validityYears: 5, reminderMonthsBeforeExpiry: [6, 1], fourEyes: true };\n`;
    expect(long.length).toBeGreaterThan(120);
    expect(check('libs/server/children/src/lib/format-fixture.ts', long)).toBe(0);
    expect(check('libs/server/children/src/lib/format-fixture.ts', `export const x = { a: 1, b: 'two' };\n`)).toBe(0);
  });

  it('is part of npm run lint and of the lint step of npm test', () => {
    const pkg = require(join(root, 'package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts['lint']).toMatch(/npm run format:check/);
    expect(pkg.scripts['format:check']).toMatch(/prettier --check/);
    expect(readFileSync(join(root, 'infra/scripts/test.mjs'), 'utf8')).toMatch(/bin\('prettier'\), \['--check'/);
  });
});
