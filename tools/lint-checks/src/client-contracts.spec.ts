import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * The web client must not import values from the contracts' index: it carries the DTO classes with
 * class-validator decorators, which need reflect-metadata the browser does not load (the admin pages
 * once failed with "Reflect.getMetadata is not a function" after sign-in). eslint refuses it.
 */
const root = resolve(__dirname, '../../..');

function restricted(filePath: string, code: string): string[] {
  const r = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', join(root, filePath), '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('client imports of the contracts', () => {
  it('refuses a value import from @lotse/shared/contracts in client code', () => {
    const code = `import { FEDERAL_STATES } from '@lotse/shared/contracts';\nexport const x = FEDERAL_STATES;\n`;
    expect(restricted('libs/web/admin/feature/src/lib/contracts-fixture.ts', code).join('\n')).toMatch(/contracts\/values/);
  });

  it('allows type imports and the values entry', () => {
    const code = `import type { OfficeDataDto } from '@lotse/shared/contracts';\nimport { FEDERAL_STATES } from '@lotse/shared/contracts/values';\nexport const x: OfficeDataDto | typeof FEDERAL_STATES | null = null;\n`;
    expect(restricted('libs/web/admin/feature/src/lib/contracts-fixture.ts', code)).toEqual([]);
  });
});
