import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TestContext } from '../../../support/test-app';

/** Runs `cli.js seed-demo` (from the sources) with `env`; resolves with its exit code and output. */
function seedDemo(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(__dirname, '../../../support/ts-entry.js'), 'apps/api/src/cli.ts', 'seed-demo'], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Issue 10, item 7: demo accounts (one published password) never reach a real installation by accident. */
describe('seed-demo refuses where demo accounts would be dangerous', () => {
  let ctx: TestContext;
  const demoUsers = async () =>
    (await ctx.ds.query(`SELECT count(*)::int AS n FROM app_user WHERE email LIKE '%@kamen.example'`))[0].n as number;

  beforeAll(async () => {
    ctx = await TestContext.create();
  });
  afterAll(() => ctx.close());

  it('PUBLIC_URL https://: refuses with one sentence naming the way out, seeds nothing', async () => {
    const r = await seedDemo({ DATABASE_URL: ctx.config.DATABASE_URL, PUBLIC_URL: 'https://lotse.kamen.example' });
    expect(r.code).toBe(3);
    expect(r.output.trim()).toBe(
      'Not seeding the demo accounts (shared published password) because PUBLIC_URL is https:// (https://lotse.kamen.example); set SEED_DEMO=force to seed them anyway or SEED_DEMO=false to skip this step.',
    );
    expect(await demoUsers()).toBe(0);
  }, 120_000);

  it('in the container image (LOTSE_CONTAINER=true): refuses even when forced', async () => {
    const r = await seedDemo({
      DATABASE_URL: ctx.config.DATABASE_URL,
      PUBLIC_URL: 'http://localhost:3000',
      LOTSE_CONTAINER: 'true',
      SEED_DEMO: 'force',
    });
    expect(r.code).toBe(3);
    expect(r.output).toContain('never seeded in the container image');
    expect(await demoUsers()).toBe(0);
  }, 120_000);

  it('https:// with SEED_DEMO=force (or ALLOW_DEMO_ON_HTTPS=true) seeds; plain http seeds as before', async () => {
    const forced = await seedDemo({
      DATABASE_URL: ctx.config.DATABASE_URL,
      PUBLIC_URL: 'https://demo.example',
      ALLOW_DEMO_ON_HTTPS: 'true',
    });
    expect({ code: forced.code, output: forced.output.trim() }).toEqual({ code: 0, output: 'demo data created' });
    // The demo office: admin, two advisors, the Familienbüro team member, four childminders, four parents.
    expect(await demoUsers()).toBe(12);
    const http = await seedDemo({ DATABASE_URL: ctx.config.DATABASE_URL, PUBLIC_URL: 'http://localhost:3000' });
    expect({ code: http.code, output: http.output.trim() }).toEqual({ code: 0, output: 'demo data already present' });
  }, 120_000);

  it('the image sets LOTSE_CONTAINER=true and no Kubernetes manifest runs seed-demo', () => {
    const { readFileSync, readdirSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const root = join(__dirname, '../../../..');
    expect(readFileSync(join(root, 'infra/Dockerfile'), 'utf8')).toMatch(/^ENV .*LOTSE_CONTAINER=true/m);
    // The manifests (not their README, which explains the refusal) never run seed-demo.
    const manifests = readdirSync(join(root, 'infra/k8s')).filter((f) => /\.ya?ml$/.test(f));
    expect(manifests.length).toBeGreaterThan(3);
    for (const f of manifests) expect(readFileSync(join(root, 'infra/k8s', f), 'utf8')).not.toContain('seed-demo');
  });
});
