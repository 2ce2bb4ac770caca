import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TestContext } from '../../../support/test-app';

const PASSWORD = 'Unna-Fachberatung-2026';

/** Runs `cli.js create-office …` from the sources against the test database, with the API's secret. */
function cli(ctx: TestContext, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(__dirname, '../../../support/ts-entry.js'), 'apps/api/src/cli.ts', 'create-office', ...args],
      {
        env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: ctx.config.DATABASE_URL, SESSION_SECRET: ctx.config.SESSION_SECRET },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const ARGS = [
  '--name',
  'Stadt Unna',
  '--slug',
  'unna',
  '--state',
  'NW',
  '--districts',
  'Mitte, Massen, Königsborn',
  '--admin-email',
  'fachberatung@unna.example',
  '--admin-first-name',
  'Anna',
  '--admin-last-name',
  'Beispiel',
  '--street',
  'Rathausplatz 1',
  '--postcode',
  '59423',
  '--city',
  'Unna',
  '--phone',
  '02303 103-0',
];

/** Issue 9: a real office on an installation without demo data, and its first admin invited by mail. */
describe('cli.js create-office', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true });
  });
  afterAll(() => ctx.close());

  it('creates the office and its first admin, who sets her password through the mailed link and signs in', async () => {
    const res = await cli(ctx, ARGS);
    expect({ code: res.code, output: res.output }).toEqual({ code: 0, output: expect.stringContaining('office created') });
    expect(res.output).toMatch(/office created/);
    await ctx.drain();
    const [mail] = ctx.mail.to('fachberatung@unna.example');
    expect(mail.subject).toBe('Ihr Zugang zu Lotse');
    const token = /\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
    expect(token).toBeTruthy();
    // The link is not in the outbox or the job data (only a reference to the token row).
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE payload::text LIKE $1`, [`%${token}%`]);
    expect(n).toBe(0);
    const c = ctx.client();
    expect((await c.post('/api/auth/login', { email: 'fachberatung@unna.example', password: PASSWORD })).status).toBe(401);
    expect((await c.post('/api/auth/password-reset/confirm', { token, password: PASSWORD })).status).toBe(204);
    await c.login('fachberatung@unna.example', PASSWORD);
    const me = (await c.get('/api/auth/me')).body;
    expect(me).toMatchObject({ role: 'admin', tenantName: 'Stadt Unna' });
    const office = (await c.get('/api/tenant')).body;
    expect(office).toMatchObject({ slug: 'unna', state: 'NW', districts: ['Mitte', 'Massen', 'Königsborn'] });
    expect(office.office).toMatchObject({ street: 'Rathausplatz 1', postcode: '59423', city: 'Unna' });
    const pub = await ctx.client().get('/api/public/offices/unna');
    expect(pub.status).toBe(200);
    const [audit] = await ctx.ds.query(`SELECT actor_id, details FROM audit_event WHERE action = 'tenant.created'`);
    expect(audit).toMatchObject({ actor_id: null, details: { via: 'cli create-office', slug: 'unna' } });
  }, 600_000);

  it('refuses a taken slug or address and bad arguments with one clear message, and writes nothing', async () => {
    const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM tenant`))[0].n;
    const again = await cli(ctx, ARGS);
    expect({ code: again.code, output: again.output }).toMatchObject({ code: 64 });
    expect(again.output).toMatch(/--slug: Dieses Kürzel ist bereits vergeben\./);
    const bad = await cli(ctx, ['--name', '', '--slug', 'Bad Slug', '--state', 'XX', '--districts', '', '--admin-email', 'nope']);
    expect(bad.code).toBe(64);
    for (const opt of ['--name', '--slug', '--state', '--districts', '--admin-email', '--admin-first-name'])
      expect(bad.output).toContain(opt);
    expect(bad.output).not.toMatch(/at .*\.ts:\d+/);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM tenant`))[0].n).toBe(before);
  }, 600_000);
});
