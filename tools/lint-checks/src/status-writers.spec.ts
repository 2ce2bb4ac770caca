import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Issue 9 "one owner per concept": a childminder's status and a permit's status each have one
 * writer — ChildminderLifecycle and PermitLifecycle (other domains go through
 * ChildminderLifecyclePort). The compiler already refuses `x.status = …` on the entities (the
 * property is readonly); this check makes the ways around it visible: raw SQL `UPDATE … SET status`
 * or `INSERT … (status …)` on the two tables, a TypeORM `update/insert/upsert` with `status`, and
 * a cast that strips the readonly. Demo seeds (apps/api/src/cli/seed-demo-*) insert finished
 * histories and are not writers of a change; migrations are schema.
 */
const root = resolve(__dirname, '../../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'migrations') sources(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) {
      out.push(path);
    }
  }
  return out;
}

const FILES = [...sources(join(root, 'libs/server')), ...sources(join(root, 'apps/api/src')), ...sources(join(root, 'apps/worker/src'))]
  .map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }))
  .filter((f) => !/^apps\/api\/src\/cli\/seed-demo-/.test(f.path));

/** The ways a file can write the status of `table` (entity class `entity`). */
export function writesStatus(text: string, table: string, entity: string): string[] {
  const found: string[] = [];
  const update = new RegExp(
    `UPDATE\\s+${table}\\b(?:\\s+(?!SET\\b)\\w+)?\\s+SET\\b([\\s\\S]*?)(?:\\bWHERE\\b|\\bFROM\\b|\\bRETURNING\\b|\`)`,
    'gi',
  );
  for (const m of text.matchAll(update)) if (/\bstatus\s*=/.test(m[1])) found.push('SQL UPDATE … SET status');
  const insert = new RegExp(`INSERT\\s+INTO\\s+${table}\\s*\\(([^)]*)\\)`, 'gi');
  for (const m of text.matchAll(insert)) if (/\bstatus\b/.test(m[1])) found.push('SQL INSERT with status');
  const repo = new RegExp(`getRepository\\(\\s*${entity}\\s*\\)\\s*\\.(?:update|insert|upsert)\\([^;]*\\bstatus\\b`, 'g');
  if (repo.test(text)) found.push('repository update/insert with status');
  if (new RegExp(`as\\s*\\{\\s*status\\s*:`).test(text) && new RegExp(`\\b${entity}\\b`).test(text))
    found.push('cast around the readonly status');
  return found;
}

const writers = (table: string, entity: string) => FILES.filter((f) => writesStatus(f.text, table, entity).length > 0).map((f) => f.path);

describe('one writer of a status', () => {
  it('the childminder status is written only by ChildminderLifecycle', () => {
    expect(writers('childminder', 'Childminder')).toEqual(['libs/server/childminders/src/lib/lifecycle/childminder-lifecycle.ts']);
  });

  it('the permit status is written only by PermitLifecycle', () => {
    expect(writers('permit', 'Permit')).toEqual(['libs/server/permits/src/lib/lifecycle/permit-lifecycle.ts']);
  });

  it('both entities declare the status readonly, so the compiler refuses `x.status = …` elsewhere', () => {
    expect(readFileSync(join(root, 'libs/server/childminders/src/lib/entities/childminder.entity.ts'), 'utf8')).toMatch(
      /readonly status!: ChildminderStatus;/,
    );
    expect(readFileSync(join(root, 'libs/server/permits/src/lib/entities/permit.entity.ts'), 'utf8')).toMatch(
      /readonly status!: PermitStatusValue;/,
    );
  });

  it('recognises the ways around the readonly (so the checks above cannot pass by finding nothing)', () => {
    expect(
      writesStatus(
        "await m.query(`UPDATE childminder c SET status = 'paused', updated_at = now() WHERE c.id = $1`)",
        'childminder',
        'Childminder',
      ),
    ).toHaveLength(1);
    expect(writesStatus('m.query(`UPDATE permit SET document_id = $2 WHERE id = $1`)', 'permit', 'Permit')).toHaveLength(0);
    expect(writesStatus("m.query(`UPDATE permit\n SET ended_on = $3,\n status = 'ended' WHERE id = $1`)", 'permit', 'Permit')).toHaveLength(
      1,
    );
    expect(
      writesStatus('m.query(`INSERT INTO childminder (tenant_id, status) VALUES ($1, $2)`)', 'childminder', 'Childminder'),
    ).toHaveLength(1);
    expect(writesStatus("await m.getRepository(Permit).update(id, { status: 'revoked' });", 'permit', 'Permit')).toHaveLength(1);
    expect(writesStatus("(cm as { status: string }).status = 'active'; // Childminder", 'childminder', 'Childminder')).toHaveLength(1);
    expect(writesStatus('m.query(`UPDATE childminder_event SET details = $2 WHERE id = $1`)', 'childminder', 'Childminder')).toHaveLength(
      0,
    );
  });
});
