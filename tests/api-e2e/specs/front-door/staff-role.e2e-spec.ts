import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { activeChildminder, parentWithChild } from '../../../fixtures/placements';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/**
 * The Familienbüro's team of the other services (role `staff`, e.g. Erziehungsberatung at the front
 * desk): an admin gives the role; the team member takes inquiries, is on the open-hours rota and
 * records referrals — and opens no childminder's or child's file (403 by role, audited).
 */
describe('Familienbüro team (role staff): inquiries, rota and referral guide, no files', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let admin: ApiClient;
  let team: ApiClient;
  let teamUser: UserFixture;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-12-02T09:00:00Z' });
    tenant = await createTenant(ctx.ds);
    const adminUser = await createUser(ctx.ds, tenant, 'admin');
    admin = ctx.client();
    await admin.login(adminUser.email, TEST_PASSWORD);
    const created = await admin.post('/api/users', {
      email: 'team@familienbuero.example',
      firstName: 'Miriam',
      lastName: 'Kaya',
      role: 'staff',
      password: 'Team-Passwort-2026',
    });
    expect(created.status).toBe(201);
    expect(created.body.role).toBe('staff');
    teamUser = {
      id: created.body.id,
      tenantId: tenant.id,
      email: 'team@familienbuero.example',
      password: 'Team-Passwort-2026',
      role: 'staff',
    };
    team = ctx.client();
    expect((await team.login(teamUser.email, teamUser.password)).status).toBe(200);
  });
  afterAll(() => ctx.close());

  it('takes a phone inquiry and works it in the queue', async () => {
    const res = await team.post('/api/inquiries', {
      channel: 'phone',
      name: 'Erika Muster',
      phone: '02307 1234',
      service: 'erziehungsberatung',
      message: 'Bitte um Rückruf wegen eines Beratungstermins.',
    });
    expect(res.status).toBe(201);
    const list = await team.get('/api/inquiries');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
    expect((await team.get(`/api/inquiries/${res.body.id}`)).status).toBe(200);
    // The admin can assign the inquiry to the team member (she is one of the house).
    const assigned = await admin.patch(`/api/inquiries/${res.body.id}`, { version: res.body.version, assigneeId: teamUser.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignee).toMatchObject({ id: teamUser.id, name: 'Miriam Kaya' });
  });

  it('is on the rota: listed as staff with her service, assigned by the coordinator, sees her turns', async () => {
    expect((await admin.put(`/api/rota/staff/${teamUser.id}/service`, { service: 'erziehungsberatung' })).status).toBe(200);
    const staff = await admin.get('/api/rota/staff');
    expect(staff.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: teamUser.id, role: 'staff', service: 'erziehungsberatung' })]),
    );
    const month = await team.get('/api/rota?month=2026-12');
    expect(month.status).toBe(200);
    const session = month.body.sessions.find((s: { holiday: string | null; date: string }) => !s.holiday && s.date > '2026-12-02');
    const assign = await admin.post('/api/rota/assignments', { date: session.date, from: session.from, userId: teamUser.id });
    expect(assign.status).toBe(201);
    const mine = await team.get('/api/rota/mine');
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain(session.date);
    // Planning the rota stays the coordinator's.
    expect((await team.post('/api/rota/assignments', { date: session.date, from: session.from, userId: teamUser.id })).status).toBe(403);
  });

  it('records a referral in the guide and reads the demand figures', async () => {
    expect((await team.post('/api/referrals', { category: 'other', topic: 'other' })).status).toBe(201);
    expect((await team.get('/api/referrals/figures')).status).toBe(200);
    expect((await team.get('/api/partner-services')).status).toBe(200);
    expect((await team.post('/api/partner-services', { name: 'X', category: 'other', offer: 'Y' })).status).toBe(403);
  });

  it("opens no childminder's, child's, request's or permit's file and no appointment list (403, audited)", async () => {
    const cm = await activeChildminder(ctx.ds, tenant);
    const { childId } = await parentWithChild(ctx.ds, tenant);
    const paths = [
      '/api/childminders',
      `/api/childminders/${cm.id}`,
      '/api/children',
      `/api/children/${childId}`,
      '/api/care-requests',
      '/api/permits',
      '/api/placements',
      '/api/appointments/day?date=2026-12-03',
      '/api/audit',
      '/api/users',
    ];
    for (const path of paths) expect(`${path} ${(await team.get(path)).status}`).toBe(`${path} 403`);
    const denied: Array<{ n: number }> = await ctx.ds.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND actor_id = $1`,
      [teamUser.id],
    );
    expect(denied[0].n).toBeGreaterThanOrEqual(paths.length);
  });
});
