import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * The module-boundary rule must not silently fall open (a renamed tag, a lost constraint, a plugin
 * that stops finding the project graph): eslint runs on small fixtures placed, in memory, inside real
 * libraries, and forbidden imports must be reported while allowed ones pass.
 */
const root = resolve(__dirname, '../../..');

/** eslint's own command line (as `npm run lint` runs it), on `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const r = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', join(root, filePath), '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('@nx/enforce-module-boundaries', () => {
  beforeAll(() => {
    // The rule reads the cached project graph; compute it if this runs before any nx command.
    const r = spawnSync(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
  });

  it('refuses a cross-scope import (children → childminders)', async () => {
    const errors = await lint(
      'libs/server/children/src/lib/boundary-fixture.ts',
      `import { ChildmindersModule } from '@lotse/server/childminders';\nexport const x = ChildmindersModule;\n`,
    );
    expect(errors.join('\n')).toMatch(/"scope:children" can only depend on libs tagged with/);
  });

  it('refuses a domain using one that builds on it (childminders → permits)', async () => {
    const errors = await lint(
      'libs/server/childminders/src/lib/boundary-fixture.ts',
      `import { RenderPermit } from '@lotse/server/permits';\nexport const x = RenderPermit;\n`,
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses server code in shared code', async () => {
    const errors = await lint(
      'libs/shared/domain/src/lib/boundary-fixture.ts',
      `import { Clock } from '@lotse/server/core';\nexport const x = Clock;\n`,
    );
    // Every server lib builds on the shared libs, so this is reported as a cycle or as the platform rule.
    expect(errors.join('\n')).toMatch(/"platform:shared" can only depend on libs tagged with|Circular dependency/);
  });

  it('refuses Nest, TypeORM and Angular in shared code (the matching engine stays pure)', async () => {
    const errors = await lint(
      'libs/shared/domain/src/lib/boundary-fixture.ts',
      `import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n`,
    );
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it('refuses server code in the web client', async () => {
    const errors = await lint(
      'libs/web/ui/src/lib/boundary-fixture.ts',
      `import { AuditService } from '@lotse/server/audit';\nexport const x = AuditService;\n`,
    );
    expect(errors.join('\n')).toMatch(/"platform:client" can only depend on libs tagged with/);
  });

  it('allows what the domains are meant to use (permits → childminders)', async () => {
    const errors = await lint(
      'libs/server/permits/src/lib/boundary-fixture.ts',
      `import { ChildmindersModule } from '@lotse/server/childminders';\nexport const x = ChildmindersModule;\n`,
    );
    expect(errors).toEqual([]);
  });
});
