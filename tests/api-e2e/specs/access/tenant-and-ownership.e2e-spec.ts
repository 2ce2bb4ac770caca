import { createChild, createTenant, createUser, TEST_PASSWORD, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** DSGVO: nobody sees another family's, another childminder's or another office's data. */
describe('tenant isolation and ownership', () => {
  let ctx: TestContext;
  let kamen: { admin: UserFixture; advisor: UserFixture; parentA: UserFixture; parentB: UserFixture; childminder: UserFixture };
  let unna: { advisor: UserFixture; admin: UserFixture; parent: UserFixture };
  let childOfA: { id: string };
  let childInUnna: { id: string };

  const as = async (u: UserFixture): Promise<ApiClient> => {
    const c = ctx.client();
    await c.login(u.email, TEST_PASSWORD);
    return c;
  };
  const deniedEntries = (actorId: string, targetId: string) =>
    ctx.ds.query(`SELECT * FROM audit_event WHERE action = 'access.denied' AND actor_id = $1 AND target_id = $2`, [actorId, targetId]);

  beforeAll(async () => {
    ctx = await TestContext.create();
    const tk = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    const tu = await createTenant(ctx.ds, { name: 'Kreisstadt Unna' });
    kamen = {
      admin: await createUser(ctx.ds, tk, 'admin'),
      advisor: await createUser(ctx.ds, tk, 'advisor'),
      parentA: await createUser(ctx.ds, tk, 'parent', { lastName: 'Becker' }),
      parentB: await createUser(ctx.ds, tk, 'parent', { lastName: 'Yılmaz' }),
      childminder: await createUser(ctx.ds, tk, 'childminder'),
    };
    unna = {
      advisor: await createUser(ctx.ds, tu, 'advisor'),
      admin: await createUser(ctx.ds, tu, 'admin'),
      parent: await createUser(ctx.ds, tu, 'parent'),
    };
    childOfA = await createChild(ctx.ds, kamen.parentA, { firstName: 'Mia', lastName: 'Becker' });
    childInUnna = await createChild(ctx.ds, unna.parent, { firstName: 'Ben' });
  });
  afterAll(() => ctx.close());

  it('a parent reads their own child, and the read is audited', async () => {
    const c = await as(kamen.parentA);
    const res = await c.get(`/api/children/${childOfA.id}`);
    expect(res.status).toBe(200);
    expect(res.body.firstName).toBe('Mia');
    const rows = await ctx.ds.query(`SELECT * FROM audit_event WHERE action = 'child.read' AND target_id = $1 AND actor_id = $2`, [
      childOfA.id,
      kamen.parentA.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('another parent cannot read that child (404) and the refused attempt is audited', async () => {
    const c = await as(kamen.parentB);
    const res = await c.get(`/api/children/${childOfA.id}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Kind nicht gefunden.');
    expect(JSON.stringify(res.body)).not.toContain('Mia');
    const rows = await deniedEntries(kamen.parentB.id, childOfA.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].outcome).toBe('denied');
    expect(rows[0].tenant_id).toBe(kamen.parentB.tenantId);
  });

  it("a parent's list holds only their own children", async () => {
    const c = await as(kamen.parentB);
    const res = await c.get('/api/children');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it("another parent cannot read the first parent's account (404 as if it did not exist, audited)", async () => {
    const c = await as(kamen.parentB);
    const res = await c.get(`/api/users/${kamen.parentA.id}`);
    expect(res.status).toBe(404);
    expect(await deniedEntries(kamen.parentB.id, kamen.parentA.id)).toHaveLength(1);
  });

  it("a childminder cannot list or read children's files (403: the role has no grant; audited with the child's id)", async () => {
    const c = await as(kamen.childminder);
    expect((await c.get('/api/children')).status).toBe(403);
    expect((await c.get(`/api/children/${childOfA.id}`)).status).toBe(403);
    expect(await deniedEntries(kamen.childminder.id, childOfA.id)).toHaveLength(1);
  });

  it("an advisor of another office sees neither Kamen's children nor its users (404, audited)", async () => {
    const c = await as(unna.advisor);
    expect((await c.get(`/api/children/${childOfA.id}`)).status).toBe(404);
    expect((await c.get(`/api/users/${kamen.parentA.id}`)).status).toBe(404);
    const list = await c.get('/api/children');
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([childInUnna.id]);
    expect(await deniedEntries(unna.advisor.id, childOfA.id)).toHaveLength(1);
    expect(await deniedEntries(unna.advisor.id, kamen.parentA.id)).toHaveLength(1);
  });

  it("an admin of another office sees none of Kamen's audit log or users", async () => {
    const c = await as(unna.admin);
    const audit = await c.get('/api/audit?pageSize=200');
    expect(audit.status).toBe(200);
    expect(audit.body.items.every((e: { actorId: string | null }) => e.actorId !== kamen.parentA.id)).toBe(true);
    const users = await c.get('/api/users?pageSize=200');
    expect(users.body.items.map((u: { id: string }) => u.id)).not.toContain(kamen.parentA.id);
  });

  it('an advisor of the same office reads the child file (audited)', async () => {
    const c = await as(kamen.advisor);
    expect((await c.get(`/api/children/${childOfA.id}`)).status).toBe(200);
    const rows = await ctx.ds.query(`SELECT 1 FROM audit_event WHERE action = 'child.read' AND actor_id = $1 AND target_id = $2`, [
      kamen.advisor.id,
      childOfA.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['parent', '/api/audit'],
    ['advisor', '/api/audit'],
    ['childminder', '/api/users'],
    ['parent', '/api/admin/queues'],
  ])('a %s is refused %s (403, audited)', async (role, path) => {
    const u = role === 'parent' ? kamen.parentA : role === 'advisor' ? kamen.advisor : kamen.childminder;
    const c = await as(u);
    const res = await c.get(path);
    expect(res.status).toBe(403);
    const rows = await ctx.ds.query(
      `SELECT 1 FROM audit_event WHERE action = 'access.denied' AND actor_id = $1 AND target_type = 'route'`,
      [u.id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });

  it('the admin of the office reads the audit log, newest first, filtered by action', async () => {
    const c = await as(kamen.admin);
    const res = await c.get('/api/audit?action=access.denied&pageSize=50');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(3);
    expect(res.body.items.every((e: { action: string }) => e.action === 'access.denied')).toBe(true);
    const times = res.body.items.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('the admin of an office is refused the queue dashboard (queues serve every office; see hardening/queue-dashboard)', async () => {
    const c = await as(kamen.admin);
    expect((await c.get('/api/admin/queues')).status).toBe(403);
  });

  it('the audit log is append-only in the database itself', async () => {
    await expect(ctx.ds.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ctx.ds.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
