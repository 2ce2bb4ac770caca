import { createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import { activeChildminder, careRequestBody, parentWithChild, placeDirectly, weekdays } from '../../../fixtures/placements';
import { TestContext } from '../../../support/test-app';

/** The office's capacity limits: data per tenant within the legal maxima, used by the next check. */
describe('GET/PUT /api/admin/capacity-settings', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { slug: 'kamen' });
  });
  afterAll(() => ctx.close());

  async function as(role: 'admin' | 'advisor', t = tenant) {
    const c = ctx.client();
    await c.login((await createUser(ctx.ds, t, role)).email, TEST_PASSWORD);
    return c;
  }

  it('defaults to NRW (5 present, 8 contracts, own children count, site 9/3, no site cap)', async () => {
    const res = await (await as('advisor')).get('/api/admin/capacity-settings');
    expect(res.body).toMatchObject({
      maxPresent: 5,
      maxContracts: 8,
      ownChildrenCount: true,
      siteMaxPresent: 9,
      siteMaxChildminders: 3,
      siteMaxContracts: null,
    });
    expect(res.body.legalMaxima).toEqual({
      maxPresent: 5,
      maxContracts: 10,
      siteMaxPresent: 9,
      siteMaxChildminders: 3,
      siteMaxContracts: 15,
    });
  });

  it('refuses the 9th contract with the default 8 and accepts it once the office allows 10', async () => {
    const admin = await as('admin');
    const advisor = await as('advisor');
    const cm = await activeChildminder(ctx.ds, tenant);
    // 8 children, none present at the same time as more than 4 others: mornings and afternoons on different days.
    for (let i = 0; i < 4; i++) await placeDirectly(ctx.ds, tenant, cm.id, weekdays('08:00', '12:00', [1, 2]));
    for (let i = 0; i < 4; i++) await placeDirectly(ctx.ds, tenant, cm.id, weekdays('08:00', '12:00', [3, 4]));
    const { parent, childId } = await parentWithChild(ctx.ds, tenant);
    const p = ctx.client();
    await p.login(parent.email, TEST_PASSWORD);
    const req = (await p.post('/api/care-requests', careRequestBody(childId, { schedule: weekdays('08:00', '12:00', [5]) }))).body;
    const refused = await advisor.post(`/api/care-requests/${req.id}/proposals`, { childminderId: cm.id, requestVersion: req.version });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'capacity', code: 'contracts' });
    expect(refused.body.errors[0].message).toContain('9 Betreuungsverträge gleichzeitig (höchstens 8)');
    const current = (await admin.get('/api/admin/capacity-settings')).body;
    const changed = await admin.put('/api/admin/capacity-settings', { ...current, legalMaxima: undefined, maxContracts: 10 });
    expect(changed.status).toBe(200);
    expect(changed.body.maxContracts).toBe(10);
    const fresh = (await advisor.get(`/api/care-requests/${req.id}`)).body;
    expect(
      (await advisor.post(`/api/care-requests/${req.id}/proposals`, { childminderId: cm.id, requestVersion: fresh.version })).status,
    ).toBe(201);
    const [audit] = await ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'tenant.capacity_settings_changed'`);
    expect(audit.details.values).toEqual({ maxContracts: [8, 10] });
  });

  it('refuses values beyond the legal maxima (field errors), stale versions (409) and advisors (403)', async () => {
    const admin = await as('admin');
    const current = (await admin.get('/api/admin/capacity-settings')).body;
    const body = { ...current, legalMaxima: undefined };
    const tooMany = await admin.put('/api/admin/capacity-settings', { ...body, maxContracts: 11, maxPresent: 6, siteMaxPresent: 10 });
    expect(tooMany.status).toBe(400);
    expect([...new Set(tooMany.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'maxContracts',
      'maxPresent',
      'siteMaxPresent',
    ]);
    expect((await admin.put('/api/admin/capacity-settings', { ...body, version: current.version - 1 })).status).toBe(409);
    expect((await (await as('advisor')).put('/api/admin/capacity-settings', body)).status).toBe(403);
  });

  it('keeps offices apart: another office keeps its own limits', async () => {
    const other = await createTenant(ctx.ds, { slug: 'unna' });
    expect((await (await as('admin', other)).get('/api/admin/capacity-settings')).body.maxContracts).toBe(8);
  });
});
