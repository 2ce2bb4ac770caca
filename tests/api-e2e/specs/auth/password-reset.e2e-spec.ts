import { createHash } from 'node:crypto';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

const REQUESTED =
  'Wenn zu dieser E-Mail-Adresse ein Konto besteht, haben wir Ihnen einen Link zum Zurücksetzen des Passworts geschickt. Bitte sehen Sie auch im Spam-Ordner nach.';
const INVALID = 'Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.';
const NEW_PASSWORD = 'Neues-Passwort-2026';

describe('POST /api/auth/password-reset, POST /api/auth/password-reset/confirm', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, env: { PASSWORD_RESET_TTL_MINUTES: '60' } });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
  });
  afterAll(() => ctx.close());

  const parent = () => createUser(ctx.ds, tenant, 'parent', { firstName: 'Lukas', lastName: 'Wagner' });
  const request = (email: string) => ctx.client().post('/api/auth/password-reset', { email });
  const confirm = (token: string, password = NEW_PASSWORD) => ctx.client().post('/api/auth/password-reset/confirm', { token, password });

  /** The tokens of the reset mails the user received, oldest first. */
  async function tokensFor(user: UserFixture): Promise<string[]> {
    await ctx.drain();
    return ctx.mail
      .to(user.email)
      .filter((m) => m.subject?.startsWith('Passwort zurücksetzen'))
      .map((m) => /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(m.text ?? '')?.[1] ?? '');
  }

  it('mails one link whose token sets a new password once and ends every other session', async () => {
    const user = await parent();
    const elsewhere = ctx.client();
    await elsewhere.login(user.email, TEST_PASSWORD);

    const res = await request(user.email.toUpperCase());
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ message: REQUESTED });
    await ctx.drain();
    const mails = ctx.mail.to(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Passwort zurücksetzen');
    expect(mails[0].text).toContain('Guten Tag Lukas Wagner,');
    expect(mails[0].text).toMatch(/http:\/\/localhost:3000\/reset-password\?token=[A-Za-z0-9_-]{43}\s/);
    const [token] = await tokensFor(user);

    expect((await confirm(token)).status).toBe(204);
    const again = await confirm(token, 'Noch-ein-Passwort-2026');
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ statusCode: 400, message: INVALID, errors: [{ field: 'token', message: INVALID, code: 'resetToken' }] });

    expect((await ctx.client().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await ctx.client().post('/api/auth/login', { email: user.email, password: NEW_PASSWORD })).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);

    // The owner is told about the change.
    await ctx.drain();
    expect(ctx.mail.to(user.email).map((m) => m.subject)).toEqual(['Passwort zurücksetzen', 'Ihr Passwort wurde geändert']);

    const audit: Array<{ action: string; actor_id: string | null; outcome: string; details: Record<string, unknown> }> = await ctx.ds.query(
      `SELECT action, actor_id, outcome, details FROM audit_event WHERE target_id = $1 AND action LIKE 'auth.password_reset%' ORDER BY action`,
      [user.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({ action: 'auth.password_reset', actor_id: user.id, outcome: 'ok', details: { sessionsEnded: 1 } }),
      expect.objectContaining({ action: 'auth.password_reset_requested', actor_id: null, outcome: 'ok' }),
    ]);
  });

  it('answers an unknown address the same way, as slowly, and sends nothing', async () => {
    const user = await parent();
    const t0 = Date.now();
    const known = await request(user.email);
    const t1 = Date.now();
    const unknown = await request('niemand-hier@test.example');
    const t2 = Date.now();
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    expect(t1 - t0).toBeGreaterThanOrEqual(290);
    expect(t2 - t1).toBeGreaterThanOrEqual(290);
    await ctx.drain();
    expect(ctx.mail.to('niemand-hier@test.example')).toHaveLength(0);
    expect(ctx.mail.to(user.email)).toHaveLength(1);
  });

  it('sends no link to a deactivated account, and records the refusal', async () => {
    const user = await parent();
    await ctx.ds.query(`UPDATE app_user SET active = false WHERE id = $1`, [user.id]);
    expect((await request(user.email)).status).toBe(202);
    await ctx.drain();
    expect(ctx.mail.to(user.email)).toHaveLength(0);
    const [{ outcome }] = await ctx.ds.query(
      `SELECT outcome FROM audit_event WHERE target_id = $1 AND action = 'auth.password_reset_requested'`,
      [user.id],
    );
    expect(outcome).toBe('denied');
  });

  it('refuses an expired link', async () => {
    const user = await parent();
    await request(user.email);
    const [token] = await tokensFor(user);
    const start = ctx.clock.now();
    ctx.clock.set(new Date(start.getTime() + 61 * 60_000));
    try {
      const res = await confirm(token);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'token', message: INVALID, code: 'resetToken' }]);
    } finally {
      ctx.clock.set(start);
    }
    expect((await ctx.client().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('a second request invalidates the first link', async () => {
    const user = await parent();
    await request(user.email);
    await request(user.email);
    const [first, second] = await tokensFor(user);
    expect(first).not.toBe(second);
    expect((await confirm(first)).status).toBe(400);
    expect((await confirm(second)).status).toBe(204);
  });

  it('lets exactly one of several concurrent confirmations succeed', async () => {
    const user = await parent();
    await request(user.email);
    const [token] = await tokensFor(user);
    const statuses = (await Promise.all([1, 2, 3, 4, 5].map((i) => confirm(token, `Gleichzeitig-${i}-Passwort`)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(4);
  });

  it('refuses a weak password with a field error and keeps the link usable', async () => {
    const user = await parent();
    await request(user.email);
    const [token] = await tokensFor(user);
    const res = await confirm(token, 'kurz');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'password', message: 'Das Passwort muss mindestens 12 Zeichen lang sein.' }),
    ]);
    expect((await confirm(token)).status).toBe(204);
  });

  it('answers malformed input with 400 and field errors, never 500', async () => {
    const missing = await ctx.client().post('/api/auth/password-reset/confirm', { password: NEW_PASSWORD });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('token');
    expect((await confirm('not-a-token')).body.errors).toEqual([{ field: 'token', message: INVALID, code: 'resetToken' }]);
    const badEmail = await ctx.client().post('/api/auth/password-reset', { email: 'kein-email' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
  });

  it('stores only the SHA-256 hash of the token', async () => {
    const user = await parent();
    await request(user.email);
    const [token] = await tokensFor(user);
    const rows: Array<{ token_hash: string; row: string }> = await ctx.ds.query(
      `SELECT token_hash, t::text AS row FROM one_time_token t WHERE user_id = $1`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(rows[0].row).not.toContain(token);
  });

  it('writes the mail in German and English for users who chose English', async () => {
    const user = await parent();
    await ctx.ds.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [user.id]);
    await request(user.email);
    await ctx.drain();
    const [mail] = ctx.mail.to(user.email);
    expect(mail.subject).toBe('Passwort zurücksetzen / Reset your password');
    expect(mail.text).toContain('Dear Lukas Wagner,');
  });

  it('needs the XSRF header like the login', async () => {
    const res = await ctx.client().post('/api/auth/password-reset', { email: 'x@test.example' }, { xsrf: false });
    expect(res.status).toBe(403);
  });
});

describe('POST /api/auth/password-reset rate limit', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create({ env: { LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => ctx.close());

  it('answers 429 in the error shape after the configured number of requests per address and e-mail', async () => {
    const tenant = await createTenant(ctx.ds);
    const user = await createUser(ctx.ds, tenant, 'parent');
    const c = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await c.post('/api/auth/password-reset', { email: user.email })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const blocked = await c.post('/api/auth/password-reset', { email: user.email });
    expect(blocked.body).toEqual({
      statusCode: 429,
      message: 'Zu viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
      errors: [],
    });
    // Another address from the same client is not blocked, and neither is the login.
    expect((await c.post('/api/auth/password-reset', { email: 'andere@test.example' })).status).toBe(202);
    expect((await c.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
  });
});
