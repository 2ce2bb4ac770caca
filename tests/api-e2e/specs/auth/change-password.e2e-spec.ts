import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

const WRONG = 'Das aktuelle Passwort ist nicht korrekt.';
const SAME = 'Das neue Passwort muss sich vom bisherigen unterscheiden.';
const NEW_PASSWORD = 'Neues-Passwort-aus-dem-Profil';

describe('POST /api/auth/password (change the own password)', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
  });
  afterAll(() => ctx.close());

  async function signedIn(role: 'parent' | 'advisor' | 'admin' = 'parent'): Promise<{ user: UserFixture; c: ApiClient }> {
    const user = await createUser(ctx.ds, tenant, role, { firstName: 'Lukas', lastName: 'Wagner' });
    const c = ctx.client();
    await c.login(user.email, TEST_PASSWORD);
    return { user, c };
  }
  const change = (c: ApiClient, currentPassword: unknown, newPassword: unknown) =>
    c.post('/api/auth/password', { currentPassword, newPassword });
  const loginStatus = async (email: string, password: string) => (await ctx.client().post('/api/auth/login', { email, password })).status;
  const auditOf = (user: UserFixture): Promise<Array<{ actor_id: string; outcome: string; details: Record<string, unknown> }>> =>
    ctx.ds.query(
      `SELECT actor_id, outcome, details FROM audit_event WHERE target_id = $1 AND action = 'auth.password_changed' ORDER BY occurred_at`,
      [user.id],
    );

  it('sets the new password, keeps this session, ends the others, tells the owner and records it', async () => {
    const { user, c } = await signedIn();
    const elsewhere = ctx.client();
    await elsewhere.login(user.email, TEST_PASSWORD);
    await ctx.ds.query(
      `INSERT INTO one_time_token (tenant_id, user_id, purpose, token_hash, created_at, expires_at) VALUES ($1, $2, 'password-reset', md5(random()::text) || md5(random()::text), now(), now() + interval '1 hour')`,
      [tenant.id, user.id],
    );
    const [{ version: before }] = await ctx.ds.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]);

    const res = await change(c, TEST_PASSWORD, NEW_PASSWORD);
    expect(res.status).toBe(204);

    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect(await loginStatus(user.email, TEST_PASSWORD)).toBe(401);
    expect(await loginStatus(user.email, NEW_PASSWORD)).toBe(200);

    const [{ version: after }] = await ctx.ds.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]);
    expect(Number(after)).toBe(Number(before) + 1);
    const [{ open }] = await ctx.ds.query(
      `SELECT count(*)::int AS open FROM one_time_token WHERE user_id = $1 AND invalidated_at IS NULL AND used_at IS NULL`,
      [user.id],
    );
    expect(open).toBe(0);

    await ctx.drain();
    const mails = ctx.mail.to(user.email);
    expect(mails.map((m) => m.subject)).toEqual(['Ihr Passwort wurde geändert']);
    expect(mails[0].text).toContain('in Ihrem Profil geändert');
    expect(mails[0].text).not.toContain(NEW_PASSWORD);

    expect(await auditOf(user)).toEqual([expect.objectContaining({ actor_id: user.id, outcome: 'ok', details: { sessionsEnded: 1 } })]);
  });

  it('works for every role', async () => {
    for (const role of ['advisor', 'admin'] as const) {
      const { c } = await signedIn(role);
      expect((await change(c, TEST_PASSWORD, NEW_PASSWORD)).status).toBe(204);
    }
  });

  it('refuses a wrong current password with a field error, records the refusal and keeps the password', async () => {
    const { user, c } = await signedIn();
    const res = await change(c, 'Falsches-Passwort-123', NEW_PASSWORD);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      message: WRONG,
      errors: [{ field: 'currentPassword', message: WRONG, code: 'currentPasswordWrong' }],
    });
    expect(await auditOf(user)).toEqual([expect.objectContaining({ actor_id: user.id, outcome: 'denied' })]);
    expect(await loginStatus(user.email, TEST_PASSWORD)).toBe(200);
    expect(await loginStatus(user.email, NEW_PASSWORD)).toBe(401);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    await ctx.drain();
    expect(ctx.mail.to(user.email)).toHaveLength(0);
  });

  it('refuses the current password as the new one', async () => {
    const { user, c } = await signedIn();
    const res = await change(c, TEST_PASSWORD, TEST_PASSWORD);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'newPassword', message: SAME, code: 'newPasswordSame' }]);
    expect(await loginStatus(user.email, TEST_PASSWORD)).toBe(200);
  });

  it('refuses a weak new password by the policy, and malformed bodies with 400', async () => {
    const { user, c } = await signedIn();
    const weak = await change(c, TEST_PASSWORD, 'kurz');
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([
      expect.objectContaining({ field: 'newPassword', message: 'Das Passwort muss mindestens 12 Zeichen lang sein.' }),
    ]);
    const missing = await c.post('/api/auth/password', {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['currentPassword', 'newPassword']));
    expect((await change(c, 42, ['x'])).status).toBe(400);
    expect((await c.post('/api/auth/password', undefined, { raw: '{"currentPassword":' })).status).toBe(400);
    expect(await loginStatus(user.email, TEST_PASSWORD)).toBe(200);
  });

  it('needs a session and the XSRF header', async () => {
    const anonymous = await change(ctx.client(), TEST_PASSWORD, NEW_PASSWORD);
    expect([401, 403]).toContain(anonymous.status);
    const { user, c } = await signedIn();
    const noXsrf = await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { xsrf: false });
    expect(noXsrf.status).toBe(403);
    expect(await loginStatus(user.email, TEST_PASSWORD)).toBe(200);
  });
});

describe('POST /api/auth/password rate limit', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create({ env: { LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => ctx.close());

  it('bounds guessing of the current password per account with 429', async () => {
    const tenant = await createTenant(ctx.ds);
    const user = await createUser(ctx.ds, tenant, 'parent');
    const c = ctx.client();
    await c.login(user.email, TEST_PASSWORD);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await c.post('/api/auth/password', { currentPassword: `Geraten-${i}-Passwort`, newPassword: NEW_PASSWORD })).status);
    expect(statuses).toEqual([400, 400, 400, 429]);
    // Even the right password is refused until the window has passed.
    expect((await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(429);
  });
});
