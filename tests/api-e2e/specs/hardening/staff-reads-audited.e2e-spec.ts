import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { GRANT_WITH_CONDITION, HOME_VISIT, INTERVIEW, readyApplicant } from '../../../fixtures/permits';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** Issue 10, item 9: every read of personal data by staff is audited; the audit log cannot be emptied. */
describe('staff reads are audited; the audit log is append-only', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisorUser: UserFixture;
  let advisor: ApiClient;
  let appId: string;
  let permitId: string;

  const entries = (action: string, actorId: string) =>
    ctx.ds.query(`SELECT target_type, target_id, details FROM audit_event WHERE action = $1 AND actor_id = $2 ORDER BY occurred_at, id`, [
      action,
      actorId,
    ]) as Promise<Array<{ target_type: string; target_id: string | null; details: Record<string, unknown> | null }>>;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    advisorUser = await createUser(ctx.ds, tenant, 'advisor');
    advisor = ctx.client();
    await advisor.login(advisorUser.email, TEST_PASSWORD);
    const cm = await readyApplicant(ctx.ds, tenant);
    const own = ctx.client();
    await own.login(cm.user!.email, TEST_PASSWORD);
    const applied = await own.post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 });
    expect(applied.status).toBe(201);
    appId = applied.body.id;
    expect((await advisor.post(`/api/permit-applications/${appId}/checks`, HOME_VISIT)).status).toBe(201);
    expect((await advisor.post(`/api/permit-applications/${appId}/checks`, INTERVIEW)).status).toBe(201);
    const decided = await advisor.post(`/api/permit-applications/${appId}/decision`, GRANT_WITH_CONDITION);
    expect(decided.status).toBe(201);
    permitId = decided.body.permit.id;
  });
  afterAll(() => ctx.close());

  it("an advisor's read of an application (with the suitability findings) is audited", async () => {
    const res = await advisor.get(`/api/permit-applications/${appId}`);
    expect(res.status).toBe(200);
    expect(res.body.checks.length).toBe(2);
    expect(await entries('permit.read', advisorUser.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ target_type: 'permit_application', target_id: appId })]),
    );
  });

  it("an advisor's read of a permit and of the permit register is audited", async () => {
    expect((await advisor.get(`/api/permits/${permitId}`)).status).toBe(200);
    expect((await advisor.get('/api/permits')).status).toBe(200);
    const reads = (await entries('permit.read', advisorUser.id)).filter((e) => e.target_type === 'permit');
    // Both reads, in whatever order two entries of the same instant come back.
    expect(reads).toHaveLength(2);
    expect(reads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target_id: permitId }),
        expect.objectContaining({ target_id: null, details: { list: [permitId] } }),
      ]),
    );
  });

  it("an advisor's read of the reminders worklist is audited", async () => {
    expect((await advisor.get('/api/evidence/reminders?withinDays=3650')).status).toBe(200);
    const reads = (await entries('childminder.read', advisorUser.id)).filter((e) => e.details?.['view'] === 'evidence_reminders');
    expect(reads).toHaveLength(1);
    expect(Array.isArray(reads[0].details?.['childminders'])).toBe(true);
  });

  it('the audit log refuses TRUNCATE (as it refuses UPDATE and DELETE)', async () => {
    const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
    expect(before).toBeGreaterThan(0);
    await expect(ctx.ds.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await expect(ctx.ds.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBe(before);
  });
});
