import { createChildminder, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { HOME_VISIT, readyApplicant } from '../../../fixtures/permits';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** POST /api/permit-applications/:id/withdrawal: the childminder withdraws her open application. */
describe('withdraw a permit application', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisor: UserFixture;
  let asAdvisor: ApiClient;

  const as = async (email: string) => {
    const c = ctx.client();
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  const apply = async (own: ApiClient) => {
    const res = await own.post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 });
    expect(res.status).toBe(201);
    return (await own.get(`/api/permit-applications/${res.body.id}`)).body as { id: string; version: number };
  };
  const queueIds = async () => ((await asAdvisor.get('/api/permit-applications')).body.items as Array<{ id: string }>).map((a) => a.id);

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    advisor = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    asAdvisor = await as(advisor.email);
  });
  afterAll(() => ctx.close());

  it('withdraws with a reason: leaves the queue, shows as withdrawn to her, timeline and audit; she can apply again', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { firstName: 'Monika', lastName: 'Schäfer' });
    const own = await as(cm.user!.email);
    const app = await apply(own);
    expect(await queueIds()).toContain(app.id);

    const res = await own.post(`/api/permit-applications/${app.id}/withdrawal`, {
      reason: '  Ich ziehe im Frühjahr um.  ',
      version: app.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: app.id,
      status: 'withdrawn',
      withdrawalReason: 'Ich ziehe im Frühjahr um.',
      withdrawnAt: '2026-11-25T09:00:00.000Z',
    });
    expect(res.body.version).toBeGreaterThan(app.version);

    expect(await queueIds()).not.toContain(app.id);
    const mine = (await own.get('/api/permit-applications/mine')).body;
    expect(mine[0]).toMatchObject({ id: app.id, status: 'withdrawn' });
    const [event] = (await own.get('/api/childminders/me/timeline')).body.items;
    expect(event).toMatchObject({
      type: 'permit_withdrawn',
      actor: { id: cm.user!.id },
      summary: 'Antrag auf Pflegeerlaubnis zurückgezogen (Erstantrag) – Grund: Ich ziehe im Frühjahr um.',
    });
    const audit = await ctx.ds.query(`SELECT actor_id, outcome FROM audit_event WHERE action = 'permit.withdraw' AND target_id = $1`, [
      app.id,
    ]);
    expect(audit).toEqual([{ actor_id: cm.user!.id, outcome: 'ok' }]);

    // Withdrawing twice: 422 with the reason; the advisor cannot decide it any more.
    const again = await own.post(`/api/permit-applications/${app.id}/withdrawal`, { version: res.body.version });
    expect(again.status).toBe(422);
    expect(again.body.message).toBe('Dieser Antrag ist bereits zurückgezogen.');
    const decide = await asAdvisor.post(`/api/permit-applications/${app.id}/decision`, { decision: 'refuse', refusalReason: 'x' });
    expect(decide.status).toBe(409);

    // She applies again later: a new open application, back in the queue.
    const second = await apply(own);
    expect(second.id).not.toBe(app.id);
    expect(await queueIds()).toContain(second.id);
  });

  it('without a reason, also while in review (after the home visit)', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Ohnegrund' });
    const own = await as(cm.user!.email);
    const app = await apply(own);
    expect((await asAdvisor.post(`/api/permit-applications/${app.id}/checks`, HOME_VISIT)).status).toBe(201);
    const stale = await own.post(`/api/permit-applications/${app.id}/withdrawal`, { version: app.version });
    expect(stale.status).toBe(409);
    const fresh = (await own.get(`/api/permit-applications/${app.id}`)).body;
    expect(fresh.status).toBe('in_review');
    const res = await own.post(`/api/permit-applications/${app.id}/withdrawal`, { version: fresh.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', withdrawalReason: null });
    const [event] = (await own.get('/api/childminders/me/timeline')).body.items;
    expect(event.summary).toBe('Antrag auf Pflegeerlaubnis zurückgezogen (Erstantrag)');
  });

  it('a decided application cannot be withdrawn: 422 with the German reason', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Entschieden' });
    const own = await as(cm.user!.email);
    const app = await apply(own);
    expect(
      (
        await asAdvisor.post(`/api/permit-applications/${app.id}/decision`, {
          decision: 'refuse',
          refusalReason: 'Die Räume sind nicht geeignet.',
        })
      ).status,
    ).toBe(201);
    const fresh = (await own.get(`/api/permit-applications/${app.id}`)).body;
    const res = await own.post(`/api/permit-applications/${app.id}/withdrawal`, { version: fresh.version });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      message: expect.stringContaining('bereits entschieden'),
      errors: [{ code: 'decided' }],
    });
    const [{ status }] = await ctx.ds.query(`SELECT status FROM permit_application WHERE id = $1`, [app.id]);
    expect(status).toBe('decided');
  });

  it("another childminder's application: 404 and access.denied; advisor and parent: 403", async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Eigen' });
    const own = await as(cm.user!.email);
    const app = await apply(own);
    const other: ChildminderFixture = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Fremd' });
    const asOther = await as(other.user!.email);
    const res = await asOther.post(`/api/permit-applications/${app.id}/withdrawal`, { version: app.version });
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual([]);
    const denied = await ctx.ds.query(`SELECT target_type FROM audit_event WHERE action = 'access.denied' AND actor_id = $1`, [
      other.user!.id,
    ]);
    // The guard refuses before the use case: the refusal names the application.
    expect(denied).toEqual([{ target_type: 'permit_application' }]);

    const otherTenant = await createTenant(ctx.ds);
    const foreign = await createChildminder(ctx.ds, otherTenant, { status: 'applicant' });
    const asForeign = await as(foreign.user!.email);
    expect((await asForeign.post(`/api/permit-applications/${app.id}/withdrawal`, { version: app.version })).status).toBe(404);

    expect((await asAdvisor.post(`/api/permit-applications/${app.id}/withdrawal`, { version: app.version })).status).toBe(403);
    const parent = await createUser(ctx.ds, tenant, 'parent');
    expect((await (await as(parent.email)).post(`/api/permit-applications/${app.id}/withdrawal`, { version: app.version })).status).toBe(
      403,
    );
    const [{ status }] = await ctx.ds.query(`SELECT status FROM permit_application WHERE id = $1`, [app.id]);
    expect(status).toBe('submitted');
  });

  it('refuses bad input with field errors', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Eingabe' });
    const own = await as(cm.user!.email);
    const app = await apply(own);
    const res = await own.post(`/api/permit-applications/${app.id}/withdrawal`, { reason: 'x'.repeat(1001) });
    expect(res.status).toBe(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['reason', 'version']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'reason').message).toBe('Höchstens 1000 Zeichen.');
  });

  it('a withdrawal racing a decision: exactly one succeeds', async () => {
    for (let round = 0; round < 3; round++) {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: `Wettlauf${round}` });
      const own = await as(cm.user!.email);
      const app = await apply(own);
      const [w, d] = await Promise.all([
        own.post(`/api/permit-applications/${app.id}/withdrawal`, { version: app.version }),
        asAdvisor.post(`/api/permit-applications/${app.id}/decision`, { decision: 'refuse', refusalReason: 'Unterlagen unvollständig.' }),
      ]);
      const ok = [w.status, d.status].filter((s) => s === 200 || s === 201);
      expect(ok).toHaveLength(1);
      expect([w.status, d.status].sort()).toEqual(w.status === 200 ? [200, 409] : [201, 422]);
      const [{ status }] = await ctx.ds.query(`SELECT status FROM permit_application WHERE id = $1`, [app.id]);
      expect(status).toBe(w.status === 200 ? 'withdrawn' : 'decided');
    }
  });
});
