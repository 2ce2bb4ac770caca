import { createTenant, createUser, TEST_PASSWORD, type UserFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

describe('POST /api/auth/login, GET /api/auth/me, POST /api/auth/logout', () => {
  let ctx: TestContext;
  const users: Record<string, UserFixture> = {};

  beforeAll(async () => {
    ctx = await TestContext.create({ env: { LOGIN_RATE_LIMIT: '5', LOGIN_RATE_WINDOW_SECONDS: '60' } });
    const tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    for (const role of ['admin', 'advisor', 'childminder', 'parent'] as const) users[role] = await createUser(ctx.ds, tenant, role);
  });
  afterAll(() => ctx.close());

  it.each(['admin', 'advisor', 'childminder', 'parent'])('signs in a %s with a secure session cookie', async (role) => {
    const c = ctx.client();
    const res = await c.login(users[role].email, TEST_PASSWORD);
    expect(res.body).toMatchObject({ id: users[role].id, role, tenantName: 'Stadt Kamen', locale: 'de' });
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const sid = cookies.find((x) => x.startsWith('lotse.sid='));
    expect(sid).toMatch(/HttpOnly/i);
    expect(sid).toMatch(/SameSite=Strict/i);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(users[role].id);
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong password with 401, a German message, and an audit entry', async () => {
    const c = ctx.client();
    const res = await c.post('/api/auth/login', { email: users['advisor'].email, password: 'falsch-falsch' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ statusCode: 401, message: 'E-Mail-Adresse oder Passwort ist falsch.', errors: [] });
    const rows = await ctx.ds.query(`SELECT * FROM audit_event WHERE action = 'auth.login_failed' AND target_id = $1`, [
      users['advisor'].id,
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0].outcome).toBe('denied');
  });

  it('gives the same answer for an unknown e-mail', async () => {
    const res = await ctx.client().post('/api/auth/login', { email: 'niemand@test.example', password: 'irgendwas-123' });
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
  });

  it('refuses state-changing requests without the XSRF header (CSRF)', async () => {
    const c = ctx.client();
    const res = await c.post('/api/auth/login', { email: users['parent'].email, password: TEST_PASSWORD }, { xsrf: false });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/CSRF/);
  });

  it('ends the session on logout; the old cookie no longer works', async () => {
    const c = ctx.client();
    await c.login(users['parent'].email, TEST_PASSWORD);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.logout' AND actor_id = $1`, [
      users['parent'].id,
    ]);
    expect(n).toBe(1);
  });

  it('GET /api/auth/session: 200 { user: null } for a guest (no failed request in the browser), the user when signed in, null again after logout', async () => {
    const c = ctx.client();
    const guest = await c.get('/api/auth/session');
    expect(guest.status).toBe(200);
    expect(guest.body).toEqual({ user: null });
    await c.login(users['advisor'].email, TEST_PASSWORD);
    const signedIn = await c.get('/api/auth/session');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: users['advisor'].id, role: 'advisor', email: users['advisor'].email });
    expect(signedIn.body.user).not.toHaveProperty('ip');
    expect((await c.post('/api/auth/logout', {})).status).toBe(204);
    expect((await c.get('/api/auth/session')).body).toEqual({ user: null });
  });

  it('answers 401 in the error shape without a session', async () => {
    const res = await ctx.client().get('/api/users/me');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ statusCode: 401, message: 'Bitte melden Sie sich an.', errors: [] });
  });

  it('does not sign in a deactivated account', async () => {
    const tenant = await createTenant(ctx.ds);
    const u = await createUser(ctx.ds, tenant, 'childminder');
    await ctx.ds.query(`UPDATE app_user SET active = false WHERE id = $1`, [u.id]);
    expect((await ctx.client().post('/api/auth/login', { email: u.email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('rate-limits login attempts per address and e-mail (429 after the limit of 5)', async () => {
    const c = ctx.client();
    const target = (await createUser(ctx.ds, { id: users['admin'].tenantId, name: '' }, 'childminder')).email;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await c.post('/api/auth/login', { email: target, password: `wrong-${i}-xxxx` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const blocked = await c.post('/api/auth/login', { email: target, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Zu viele Anmeldeversuche/);
    // Another account from the same address is not locked out.
    expect((await c.post('/api/auth/login', { email: users['admin'].email, password: TEST_PASSWORD })).status).toBe(200);
  });
});
