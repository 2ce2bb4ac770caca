import { createChildminder, recordEvidence, SAMPLE_FILES, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** DSGVO: a childminder sees only her own file, parents none, advisors only their office's. */
describe('childminder files: tenant isolation and ownership', () => {
  let ctx: TestContext;
  let a: ChildminderFixture;
  let b: ChildminderFixture;
  let parent: UserFixture;
  let advisor: UserFixture;
  let unnaAdvisor: UserFixture;
  let unnaAdmin: UserFixture;
  let itemOfA: { id: string };
  let docOfA: string;

  const as = async (u: UserFixture) => {
    const c = ctx.client();
    await c.login(u.email, TEST_PASSWORD);
    return c;
  };
  const denied = (actorId: string, targetId: string) =>
    ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'access.denied' AND actor_id = $1 AND target_id = $2`, [
      actorId,
      targetId,
    ]);

  const fileRoutes = (id: string): Array<[string, string, unknown?]> => [
    ['get', `/api/childminders/${id}`],
    ['get', `/api/childminders/${id}/checklist`],
    ['get', `/api/childminders/${id}/path`],
    ['get', `/api/childminders/${id}/documents`],
    ['get', `/api/childminders/${id}/documents/${docOfA}/content`],
    ['get', `/api/childminders/${id}/timeline`],
    ['patch', `/api/childminders/${id}`, { version: 1, phone: '0170 1234567' }],
    ['post', `/api/childminders/${id}/evidence`, { type: 'first_aid', date: '2026-01-01', units: 9 }],
  ];
  const call = (c: ApiClient, [method, path, body]: [string, string, unknown?]) =>
    method === 'get' ? c.get(path) : c.send(method as 'post', path, body);

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    const kamen = await createTenant(ctx.ds, { slug: 'kamen' });
    const unna = await createTenant(ctx.ds, { slug: 'unna' });
    a = await createChildminder(ctx.ds, kamen, { firstName: 'Jürgen', lastName: 'Weiß' });
    b = await createChildminder(ctx.ds, kamen, { firstName: 'Monika', lastName: 'Schäfer' });
    parent = await createUser(ctx.ds, kamen, 'parent');
    advisor = await createUser(ctx.ds, kamen, 'advisor');
    unnaAdvisor = await createUser(ctx.ds, unna, 'advisor');
    unnaAdmin = await createUser(ctx.ds, unna, 'admin');
    itemOfA = await recordEvidence(ctx.ds, a, { type: 'first_aid', date: '2026-02-01', units: 9 });
    const up = await (
      await as(a.user!)
    ).upload(`/api/childminders/me/evidence/${itemOfA.id}/documents`, {
      data: SAMPLE_FILES.pdf,
      filename: 'erste-hilfe.pdf',
      contentType: 'application/pdf',
    });
    expect(up.status).toBe(201);
    docOfA = up.body.id;
  });
  afterAll(() => ctx.close());

  it('the childminder reads and changes her own file through /me and through its id', async () => {
    const c = await as(a.user!);
    expect((await c.get('/api/childminders/me')).body.id).toBe(a.id);
    for (const route of fileRoutes(a.id)) {
      const res = await call(c, route);
      expect([200, 201]).toContain(res.status);
    }
  });

  it('another childminder gets 404 on every route of that file, without its data, each attempt audited', async () => {
    const c = await as(b.user!);
    for (const route of fileRoutes(a.id)) {
      const res = await call(c, route);
      expect(`${route[1]} ${res.status}`).toBe(`${route[1]} 404`);
      expect(JSON.stringify(res.body)).not.toContain('Weiß');
    }
    const up = await c.upload(`/api/childminders/${a.id}/evidence/${itemOfA.id}/documents`, { data: SAMPLE_FILES.pdf, filename: 'x.pdf' });
    expect(up.status).toBe(404);
    expect((await denied(b.user!.id, a.id)).length).toBeGreaterThanOrEqual(fileRoutes(a.id).length + 1);
    expect((await denied(b.user!.id, a.id))[0].details).toEqual({ reason: 'not own record' });
    // Nor can she reach A's document through her own file.
    expect((await c.get(`/api/childminders/me/documents/${docOfA}/content`)).status).toBe(404);
  });

  it('a childminder cannot use the advisor list or open files', async () => {
    const c = await as(a.user!);
    expect((await c.get('/api/childminders')).status).toBe(403);
    expect((await c.post('/api/childminders', {})).status).toBe(403);
    expect((await c.get('/api/evidence/reminders')).status).toBe(403);
    expect((await c.patch('/api/evidence-rules/first_aid', { version: 1, warningDays: 10 })).status).toBe(403);
  });

  it('a parent sees no childminder file at all (403 by role, audited)', async () => {
    const c = await as(parent);
    for (const path of [
      '/api/childminders',
      `/api/childminders/${a.id}`,
      `/api/childminders/${a.id}/checklist`,
      '/api/childminders/me',
      `/api/childminders/${a.id}/documents/${docOfA}/content`,
    ]) {
      const res = await c.get(path);
      expect(`${path} ${res.status}`).toBe(`${path} 403`);
    }
    // A refusal by role names the file where the route names one, else the route.
    const rows: Array<{ target_type: string }> = await ctx.ds.query(
      `SELECT target_type FROM audit_event WHERE action = 'access.denied' AND actor_id = $1 ORDER BY occurred_at`,
      [parent.id],
    );
    expect(rows.map((r) => r.target_type).sort()).toEqual(['childminder', 'childminder', 'childminder', 'route', 'route']);
  });

  it('an advisor of another office: 404 on the file, nothing in the list, audited', async () => {
    const c = await as(unnaAdvisor);
    for (const route of fileRoutes(a.id)) expect((await call(c, route)).status).toBe(404);
    expect((await c.post(`/api/childminders/${a.id}/transitions`, { to: 'applicant', version: 1 })).status).toBe(404);
    expect((await c.post(`/api/childminders/${a.id}/documents/${docOfA}/review`, { decision: 'confirmed', version: 1 })).status).toBe(404);
    const list = await c.get('/api/childminders?pageSize=200');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
    expect((await denied(unnaAdvisor.id, a.id))[0].details).toEqual({ reason: 'other tenant' });
    const admin = await as(unnaAdmin);
    expect((await admin.get(`/api/childminders/${a.id}/timeline`)).status).toBe(404);
  });

  it('an advisor of the office reads the file; each read is audited with the view', async () => {
    const c = await as(advisor);
    expect((await c.get(`/api/childminders/${a.id}/checklist`)).status).toBe(200);
    const dl = await c.download(`/api/childminders/${a.id}/documents/${docOfA}/content`);
    expect(dl.status).toBe(200);
    const reads = await ctx.ds.query(
      `SELECT details FROM audit_event WHERE action = 'childminder.read' AND actor_id = $1 AND target_id = $2`,
      [advisor.id, a.id],
    );
    expect(reads.map((r: { details: { view: string } }) => r.details.view)).toContain('checklist');
    expect(
      await ctx.ds.query(`SELECT 1 FROM audit_event WHERE action = 'document.download' AND actor_id = $1 AND target_id = $2`, [
        advisor.id,
        docOfA,
      ]),
    ).toHaveLength(1);
  });
});
