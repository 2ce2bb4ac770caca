import { createTenant, createUser, TEST_PASSWORD, type UserFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

/**
 * Issue 10, item 1: the queue dashboard (Bull Board) is read-only, for the installation's operator
 * only (not an office's admin: job data of every office is there), and its use is audited.
 */
describe('GET /api/admin/queues (Bull Board)', () => {
  let ctx: TestContext;
  let operator: UserFixture;
  let admin: UserFixture;

  beforeAll(async () => {
    ctx = await TestContext.create();
    const tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    operator = await createUser(ctx.ds, tenant, 'operator');
    admin = await createUser(ctx.ds, tenant, 'admin');
  });
  afterAll(() => ctx.close());

  const as = async (u: UserFixture) => {
    const c = ctx.client();
    await c.login(u.email, TEST_PASSWORD);
    return c;
  };
  const auditOf = (u: UserFixture, action: string) =>
    ctx.ds.query(`SELECT outcome, target_id, details FROM audit_event WHERE actor_id = $1 AND action = $2 ORDER BY occurred_at`, [
      u.id,
      action,
    ]);

  it('refuses an office admin (403, audited) — before, she could read every job', async () => {
    const c = await as(admin);
    expect((await c.get('/api/admin/queues')).status).toBe(403);
    expect((await c.get('/api/admin/queues/api/queues')).status).toBe(403);
    expect(await auditOf(admin, 'access.denied')).toHaveLength(2);
  });

  it('refuses signed-out callers', async () => {
    expect((await ctx.client().get('/api/admin/queues')).status).toBe(401);
  });

  it('shows the operator the board read-only and audits the use once per session and 10 minutes', async () => {
    const c = await as(operator);
    const page = await c.get('/api/admin/queues');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-type'])).toContain('text/html');
    const api = await c.get('/api/admin/queues/api/queues');
    expect(api.status).toBe(200);
    expect(api.body.queues.length).toBeGreaterThan(0);
    expect(api.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
    await c.get('/api/admin/queues/api/queues');
    expect(await auditOf(operator, 'queues.dashboard_read')).toEqual([
      expect.objectContaining({ outcome: 'ok', target_id: '/api/admin/queues' }),
    ]);

    const start = ctx.clock.now();
    try {
      ctx.clock.set(new Date(start.getTime() + 11 * 60_000));
      await c.get('/api/admin/queues/api/queues');
    } finally {
      ctx.clock.set(start);
    }
    expect(await auditOf(operator, 'queues.dashboard_read')).toHaveLength(2);
  });

  it('refuses every write through the board (retry, clean, pause …), even for the operator', async () => {
    const c = await as(operator);
    for (const [method, path] of [
      ['put', '/api/admin/queues/api/queues/mail/retry/failed'],
      ['put', '/api/admin/queues/api/queues/mail/clean/completed'],
      ['put', '/api/admin/queues/api/queues/pause'],
      ['delete', '/api/admin/queues/api/queues/mail/x'],
    ] as const) {
      expect((await c.send(method, path)).status).toBe(405);
    }
  });

  it('gives the operator no office data', async () => {
    const c = await as(operator);
    for (const path of ['/api/users', '/api/audit', '/api/childminders', '/api/children', '/api/permits']) {
      expect([403, 404]).toContain((await c.get(path)).status);
    }
  });
});
