import { PurgeGoodConduct } from '@lotse/server/childminders';
import { createChildminder, recordEvidence } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/**
 * Extended certificate of good conduct (§72a SGB VIII): inspected by an advisor, recorded as an
 * inspection only, and deleted by the daily job when the person did not take up the activity or
 * 3 months after it ended.
 */
describe('certificate of good conduct', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisorUser: UserFixture;
  let advisor: ApiClient;
  let purge: PurgeGoodConduct;

  const types = async (id: string) =>
    (await ctx.ds.query(`SELECT type FROM evidence_item WHERE childminder_id = $1 ORDER BY type`, [id])).map(
      (r: { type: string }) => r.type,
    );

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    advisorUser = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    advisor = ctx.client();
    await advisor.login(advisorUser.email, TEST_PASSWORD);
    purge = ctx.api.get(PurgeGoodConduct);
  });
  afterAll(() => ctx.close());

  it('an advisor records the inspection: who, when, the date, conviction yes/no, the person — nothing else', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { adultHouseholdMembers: ['Max Mustermann'] });
    const self = await advisor.post(`/api/childminders/${cm.id}/evidence`, {
      type: 'good_conduct',
      date: '2026-11-01',
      relevantConviction: false,
    });
    expect(self.status).toBe(201);
    expect(self.body).toMatchObject({
      type: 'good_conduct',
      personName: null,
      submittedOn: '2026-11-25',
      note: null,
      inspection: {
        inspectedBy: { id: advisorUser.id, name: 'Sabine Krüger' },
        inspectedAt: '2026-11-25T09:00:00.000Z',
        relevantConviction: false,
      },
      expiresOn: '2031-10-31',
      verified: true,
    });
    const member = await advisor.post(`/api/childminders/${cm.id}/evidence`, {
      type: 'good_conduct',
      date: '2026-11-02',
      personName: ' max  mustermann ',
      relevantConviction: false,
    });
    expect(member.status).toBe(201);
    const checklist = (await advisor.get(`/api/childminders/${cm.id}/checklist`)).body;
    const rows = checklist.entries.filter((e: { type: string }) => e.type === 'good_conduct');
    expect(rows.map((e: { personName: string | null; status: string }) => [e.personName, e.status])).toEqual([
      [null, 'valid'],
      ['Max Mustermann', 'valid'],
    ]);
    // The audit log keeps no names or results: it outlives the deletion.
    const [audit] = await ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'evidence.record' AND details->>'itemId' = $1`, [
      member.body.id,
    ]);
    expect(audit.details).toEqual({ itemId: member.body.id, type: 'good_conduct' });
  });

  it.each([
    ['a note', { note: 'Kopie in der Akte' }, 'note'],
    ['units', { units: 3 }, 'units'],
    ['no conviction answer', { relevantConviction: undefined }, 'relevantConviction'],
    ['a person who is not listed in the household', { personName: 'Fremde Person' }, 'personName'],
  ])('refuses %s', async (_what, over, field) => {
    const cm = await createChildminder(ctx.ds, tenant);
    const res = await advisor.post(`/api/childminders/${cm.id}/evidence`, {
      type: 'good_conduct',
      date: '2026-11-01',
      relevantConviction: false,
      ...over,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('other evidence takes no person and no conviction answer', async () => {
    const cm = await createChildminder(ctx.ds, tenant);
    const res = await advisor.post(`/api/childminders/${cm.id}/evidence`, {
      type: 'first_aid',
      date: '2026-11-01',
      units: 9,
      personName: 'Max',
      relevantConviction: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['personName', 'relevantConviction']);
  });

  it('the daily job deletes the data 3 months after the end of the activity, and at once for those who never took it up; audited', async () => {
    ctx.clock.set('2026-11-25T09:00:00Z');
    const worked = await createChildminder(ctx.ds, tenant, { status: 'active', adultHouseholdMembers: ['Eva Weiß'] });
    await recordEvidence(ctx.ds, worked, { type: 'good_conduct', date: '2024-01-10', relevantConviction: false });
    await recordEvidence(ctx.ds, worked, { type: 'good_conduct', date: '2024-01-10', personName: 'Eva Weiß', relevantConviction: false });
    await recordEvidence(ctx.ds, worked, { type: 'first_aid', date: '2025-06-01', units: 9 });
    const version = (await advisor.get(`/api/childminders/${worked.id}`)).body.version;
    expect((await advisor.post(`/api/childminders/${worked.id}/transitions`, { to: 'ended', version })).status).toBe(200);
    // Ended after being active: kept for now.
    expect(await types(worked.id)).toEqual(['first_aid', 'good_conduct', 'good_conduct']);

    const neverStarted = await createChildminder(ctx.ds, tenant, { status: 'ended', wasActive: false, endedOn: '2026-11-20' });
    await recordEvidence(ctx.ds, neverStarted, { type: 'good_conduct', date: '2026-10-01', relevantConviction: false });
    const stillWorking = await createChildminder(ctx.ds, tenant, { status: 'active' });
    await recordEvidence(ctx.ds, stillWorking, { type: 'good_conduct', date: '2024-01-10', relevantConviction: false });

    expect(await purge.run({ tenantId: tenant.id })).toEqual({ files: 1, items: 1 });
    expect(await types(neverStarted.id)).toEqual([]);

    ctx.clock.set('2027-02-24T09:00:00Z');
    expect(await purge.run({ tenantId: tenant.id })).toEqual({ files: 0, items: 0 });
    expect(await types(worked.id)).toEqual(['first_aid', 'good_conduct', 'good_conduct']);

    ctx.clock.set('2027-02-25T09:00:00Z');
    expect(await purge.run({ tenantId: tenant.id })).toEqual({ files: 1, items: 2 });
    expect(await types(worked.id)).toEqual(['first_aid']);
    expect(await types(stillWorking.id)).toEqual(['good_conduct']);
    expect(await purge.run({ tenantId: tenant.id })).toEqual({ files: 0, items: 0 });

    const audit = await ctx.ds.query(
      `SELECT target_id, actor_id, details FROM audit_event WHERE action = 'evidence.good_conduct_deleted' ORDER BY details->>'reason'`,
    );
    expect(audit).toEqual([
      { target_id: worked.id, actor_id: null, details: { count: 2, reason: 'ended_3_months' } },
      { target_id: neverStarted.id, actor_id: null, details: { count: 1, reason: 'not_taken_up' } },
    ]);
    const timeline = (await advisor.get(`/api/childminders/${worked.id}/timeline`)).body.items;
    expect(timeline[0]).toMatchObject({ type: 'good_conduct_deleted', actor: null });
    expect(timeline[0].summary).toContain('§ 72a Abs. 5 SGB VIII');
  });
});
