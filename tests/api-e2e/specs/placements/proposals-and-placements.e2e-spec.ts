import type { ApiClient } from '../../../support/api-client';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { activeChildminder, careRequestBody, parentWithChild, placeDirectly, weekdays } from '../../../fixtures/placements';
import { TestContext } from '../../../support/test-app';

/** Proposals, both sides' answers, placements under the capacity gate, week grid, ending and changing. */
describe('proposals and placements', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisor: UserFixture;
  let a: ApiClient;
  const count = async (sql: string, p: unknown[] = []) => (await ctx.ds.query(sql, p))[0].n as number;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
    advisor = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    a = ctx.client();
    await a.login(advisor.email, TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  async function login(u: UserFixture | { email: string }) {
    const c = ctx.client();
    await c.login(u.email, TEST_PASSWORD);
    return c;
  }

  /** A parent with a submitted request; returns her client and the request. */
  async function request(over: Record<string, unknown> = {}) {
    const { parent, childId } = await parentWithChild(ctx.ds, tenant);
    const p = await login(parent);
    const res = await p.post('/api/care-requests', careRequestBody(childId, over));
    expect(res.status).toBe(201);
    return { p, parent, childId, req: res.body };
  }

  async function propose(reqId: string, childminderId: string, over: Record<string, unknown> = {}) {
    const current = (await a.get(`/api/care-requests/${reqId}`)).body;
    return a.post(`/api/care-requests/${reqId}/proposals`, { childminderId, requestVersion: current.version, ...over });
  }

  it('runs the whole journey: proposal → both accept → placement, request placed, week grid shows the child', async () => {
    const cm = await activeChildminder(ctx.ds, tenant, { firstName: 'Ayşe', lastName: 'Demir' });
    const cmc = await login(cm.user!);
    const { p, parent, req } = await request();
    const proposal = await propose(req.id, cm.id);
    expect(proposal.status).toBe(201);
    expect(proposal.body).toMatchObject({ status: 'open', startOn: '2027-08-01', settlingInWeeks: 4 });
    expect((await p.get(`/api/care-requests/${req.id}`)).body.status).toBe('proposal');

    // Before both accepted the childminder sees the first name, age, times, needs and district only.
    const seen = (await cmc.get(`/api/proposals/${proposal.body.id}`)).body;
    expect(seen.child).toEqual({ firstName: 'Emma', lastName: null, ageAtStartMonths: 16 });
    expect(seen.family).toEqual({ district: 'Mitte', address: null, parentName: null });
    expect(JSON.stringify(seen)).not.toContain('Am Markt');
    expect(JSON.stringify(seen)).not.toContain('Becker');

    const byParent = await p.post(`/api/proposals/${proposal.body.id}/answer`, { answer: 'accept', version: proposal.body.version });
    expect(byParent.status).toBe(201);
    expect(byParent.body.status).toBe('open');
    const byCm = await cmc.post(`/api/proposals/${proposal.body.id}/answer`, { answer: 'accept', version: byParent.body.version });
    expect(byCm.status).toBe(201);
    expect(byCm.body.status).toBe('accepted');
    expect(byCm.body.child.lastName).toBe('Becker');
    expect(byCm.body.family.address).toEqual({ street: 'Am Markt 3', postcode: '59174', city: 'Kamen' });
    expect((await p.get(`/api/care-requests/${req.id}`)).body.status).toBe('placed');

    const mine = (await cmc.get('/api/placements')).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      startOn: '2027-08-01',
      settlingInUntil: '2027-08-28',
      endOn: '2030-12-31',
      state: 'upcoming',
      weeklyHours: 22.5,
    });
    const grid = (await cmc.get('/api/placements/week-grid?date=2027-09-06')).body;
    expect(grid.maxPresent).toBe(5);
    expect(grid.contracts).toBe(1);
    const slot = (weekday: number, hhmm: string) => (weekday - 1) * 96 + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) / 15;
    expect(grid.present[slot(1, '08:00')]).toBe(1);
    expect(grid.present[slot(1, '12:15')]).toBe(1);
    expect(grid.present[slot(1, '12:30')]).toBe(0);
    expect((await cmc.get('/api/placements/week-grid?date=2027-07-31')).body.present[slot(1, '08:00')]).toBe(0);

    await ctx.drain();
    expect(ctx.mail.to(parent.email).map((m) => m.subject)).toEqual(
      expect.arrayContaining(['Vorschlag einer Tagespflegeperson für Emma', 'Betreuung für Emma vereinbart']),
    );
    expect(ctx.mail.to(parent.email).find((m) => m.subject === 'Betreuung für Emma vereinbart')?.text).toContain('Masernschutz');
  });

  it('fires 50 concurrent acceptances at a childminder with one free place: exactly one placement, 49 × 409 with the reason', async () => {
    const cm = await activeChildminder(ctx.ds, tenant, { maxChildren: 5 });
    for (let i = 0; i < 4; i++) await placeDirectly(ctx.ds, tenant, cm.id, weekdays('08:00', '12:30'));
    const cmc = await login(cm.user!);
    const proposals: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < 50; i++) {
      const { p, req } = await request();
      const prop = (await propose(req.id, cm.id)).body;
      const accepted = await p.post(`/api/proposals/${prop.id}/answer`, { answer: 'accept', version: prop.version });
      proposals.push({ id: prop.id, version: accepted.body.version });
    }
    const before = await count(`SELECT count(*)::int AS n FROM placement WHERE childminder_id = $1`, [cm.id]);
    const results = await Promise.all(
      proposals.map((x) => cmc.post(`/api/proposals/${x.id}/answer`, { answer: 'accept', version: x.version })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.message).toMatch(/6 Kinder gleichzeitig anwesend \(höchstens 5\)/);
    expect(refused.body.errors[0]).toMatchObject({ field: 'capacity', code: 'present' });
    expect(await count(`SELECT count(*)::int AS n FROM placement WHERE childminder_id = $1`, [cm.id])).toBe(before + 1);
    // Nothing half-written: the refused answers are not recorded, their requests still wait.
    expect(
      await count(`SELECT count(*)::int AS n FROM proposal WHERE childminder_id = $1 AND childminder_answer IS NOT NULL`, [cm.id]),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM care_request r JOIN proposal p ON p.care_request_id = r.id WHERE p.childminder_id = $1 AND r.status = 'placed'`,
        [cm.id],
      ),
    ).toBe(1);
  });

  it('Großtagespflege: three childminders with a permit for 5 each — the 10th child present in one slot is refused, the 10th contract spread over mornings and afternoons fits', async () => {
    const site = `Großtagespflege Sonnenschein ${Date.now()}`;
    const [x, y, z] = [
      await activeChildminder(ctx.ds, tenant, { site }),
      await activeChildminder(ctx.ds, tenant, { site }),
      await activeChildminder(ctx.ds, tenant, { site }),
    ];
    // 9 children present all morning: 4 + 4 + 1.
    for (let i = 0; i < 4; i++) await placeDirectly(ctx.ds, tenant, x.id, weekdays('08:00', '12:00'));
    for (let i = 0; i < 4; i++) await placeDirectly(ctx.ds, tenant, y.id, weekdays('08:00', '12:00'));
    await placeDirectly(ctx.ds, tenant, z.id, weekdays('08:00', '12:00'));
    const morning = await request({ schedule: weekdays('11:45', '13:00') });
    const refused = await propose(morning.req.id, z.id);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'capacity', code: 'site-present' });
    expect(refused.body.errors[0].message).toContain(
      'Mo 11:45–12:00: 10 Kinder gleichzeitig in der Großtagespflege anwesend (höchstens 9)',
    );
    const afternoon = await request({ schedule: weekdays('12:00', '16:00') });
    const ok = await propose(afternoon.req.id, z.id);
    expect(ok.status).toBe(201);
    const cmc = await login(z.user!);
    const acc = await afternoon.p.post(`/api/proposals/${ok.body.id}/answer`, { answer: 'accept', version: ok.body.version });
    const placed = await cmc.post(`/api/proposals/${ok.body.id}/answer`, { answer: 'accept', version: acc.body.version });
    expect(placed.status).toBe(201);
    expect(placed.body.status).toBe('accepted');
    expect(await count(`SELECT count(*)::int AS n FROM placement WHERE childminder_id = ANY($1::uuid[])`, [[x.id, y.id, z.id]])).toBe(10);
  });

  it.each([
    [
      'a childminder without a valid permit on the start',
      async () => (await activeChildminder(ctx.ds, tenant, { validUntil: '2027-07-31' })).id,
      'noPermit',
    ],
    [
      'a childminder who is not active',
      async () => {
        const cm = await activeChildminder(ctx.ds, tenant);
        await ctx.ds.query(`UPDATE childminder SET status = 'paused' WHERE id = $1`, [cm.id]);
        return cm.id;
      },
      'notActive',
    ],
    [
      'a childminder who does not take children of that age',
      async () => (await activeChildminder(ctx.ds, tenant, { ages: { from: 24, to: 72 } })).id,
      'age',
    ],
  ])('refuses a proposal of %s (422 on childminderId)', async (_what, make, code) => {
    const { req } = await request();
    const before = await count(`SELECT count(*)::int AS n FROM proposal`);
    const res = await propose(req.id, await make());
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'childminderId', code })]);
    expect(await count(`SELECT count(*)::int AS n FROM proposal`)).toBe(before);
  });

  it('refuses a second child before the qualification is complete (KiBiz §21)', async () => {
    const cm = await activeChildminder(ctx.ds, tenant, { qualificationUnits: 160 });
    await placeDirectly(ctx.ds, tenant, cm.id, weekdays('08:00', '12:00'));
    const { req } = await request({ schedule: weekdays('13:00', '16:00') });
    const res = await propose(req.id, cm.id);
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'capacity', code: 'qualification' });
  });

  it('lets a side decline with a reason (required); the request goes back to review', async () => {
    const cm = await activeChildminder(ctx.ds, tenant);
    const { p, req } = await request();
    const prop = (await propose(req.id, cm.id)).body;
    const noReason = await p.post(`/api/proposals/${prop.id}/answer`, { answer: 'decline', version: prop.version });
    expect(noReason.status).toBe(400);
    expect([...new Set(noReason.body.errors.map((e: { field: string }) => e.field))]).toEqual(['reason']);
    const declined = await p.post(`/api/proposals/${prop.id}/answer`, { answer: 'decline', reason: 'Zu weit weg', version: prop.version });
    expect(declined.body).toMatchObject({ status: 'declined', parent: { answer: 'decline', reason: 'Zu weit weg' } });
    expect((await p.get(`/api/care-requests/${req.id}`)).body.status).toBe('in_review');
  });

  it('keeps proposals and placements to their parties', async () => {
    const cm = await activeChildminder(ctx.ds, tenant);
    const other = await activeChildminder(ctx.ds, tenant);
    const { req } = await request();
    const prop = (await propose(req.id, cm.id)).body;
    const otherCm = await login(other.user!);
    expect((await otherCm.get(`/api/proposals/${prop.id}`)).status).toBe(404);
    expect((await otherCm.post(`/api/proposals/${prop.id}/answer`, { answer: 'accept', version: prop.version })).status).toBe(404);
    const stranger = await request();
    expect((await stranger.p.get(`/api/proposals/${prop.id}`)).status).toBe(404);
    expect((await stranger.p.get('/api/proposals')).body.items.map((i: { id: string }) => i.id)).not.toContain(prop.id);
    expect((await a.post(`/api/proposals/${prop.id}/answer`, { answer: 'accept', version: prop.version })).status).toBe(403);
    const otherOffice = await createTenant(ctx.ds, { slug: `o-${Date.now()}` });
    const oa = await login(await createUser(ctx.ds, otherOffice, 'advisor'));
    expect((await oa.get(`/api/proposals/${prop.id}`)).status).toBe(404);
    expect((await oa.post(`/api/care-requests/${req.id}/proposals`, { childminderId: cm.id, requestVersion: 1 })).status).toBe(404);
  });

  it('ends a placement and frees capacity from the next day; a schedule change is re-checked', async () => {
    const cm = await activeChildminder(ctx.ds, tenant, { maxChildren: 1 });
    const first = await placeDirectly(ctx.ds, tenant, cm.id, weekdays('08:00', '12:00'), { startOn: '2027-01-01' });
    const { req } = await request({ schedule: weekdays('08:00', '12:00'), desiredStart: '2027-08-01' });
    expect((await propose(req.id, cm.id)).status).toBe(422);
    const placement = (await a.get(`/api/placements/${first}`)).body;
    const ended = await a.post(`/api/placements/${first}/end`, {
      endOn: '2027-07-31',
      reason: 'Wechsel in die Kita',
      version: placement.version,
    });
    expect(ended.status).toBe(201);
    expect(ended.body).toMatchObject({ endOn: '2027-07-31', endReason: 'Wechsel in die Kita' });
    expect((await propose(req.id, cm.id)).status).toBe(201);

    const cm2 = await activeChildminder(ctx.ds, tenant, { maxChildren: 1 });
    const morning = await placeDirectly(ctx.ds, tenant, cm2.id, weekdays('08:00', '12:00'));
    await placeDirectly(ctx.ds, tenant, cm2.id, weekdays('13:00', '16:00'));
    const m = (await a.get(`/api/placements/${morning}`)).body;
    const clash = await a.put(`/api/placements/${morning}`, { schedule: weekdays('08:00', '13:15'), version: m.version });
    expect(clash.status).toBe(409);
    expect(clash.body.errors[0].message).toContain('13:00–13:15');
    const fine = await a.put(`/api/placements/${morning}`, { schedule: weekdays('08:00', '13:00'), version: m.version });
    expect(fine.status).toBe(200);
    expect((await a.post(`/api/placements/${morning}/end`, { endOn: '2026-12-31', reason: '', version: fine.body.version })).status).toBe(
      400,
    );
  });

  it('vacancies: a childminder publishes one; unconfirmed for 30 days she is asked once, at 40 it is hidden (told once)', async () => {
    const cm = await activeChildminder(ctx.ds, tenant);
    const cmc = await login(cm.user!);
    const body = { fromDate: '2027-08-01', schedule: weekdays('07:30', '13:00'), ages: { fromMonths: 6, toMonths: 36 }, places: 1 };
    expect((await cmc.post('/api/vacancies', { ...body, fromDate: '2026-01-01' })).status).toBe(400);
    const v = await cmc.post('/api/vacancies', body);
    expect(v.status).toBe(201);
    expect(v.body.state).toBe('open');
    expect((await a.get(`/api/vacancies?childminderId=${cm.id}`)).body.items).toHaveLength(1);
    const { ScanPlacements } = await import('@lotse/server/placements');
    const scanner = ctx.worker!.get(ScanPlacements);
    ctx.clock.set('2026-12-25T09:00:00Z');
    expect((await scanner.execute(tenant.id)).vacancyReminders).toBe(1);
    expect((await scanner.execute(tenant.id)).vacancyReminders).toBe(0);
    expect((await cmc.get('/api/vacancies')).body.items[0].state).toBe('needs_confirmation');
    ctx.clock.set('2027-01-04T09:00:00Z');
    expect((await scanner.execute(tenant.id)).vacancyHidden).toBe(1);
    expect((await scanner.execute(tenant.id)).vacancyHidden).toBe(0);
    expect((await a.get(`/api/vacancies?childminderId=${cm.id}`)).body.items).toHaveLength(0);
    const mineNow = (await cmc.get('/api/vacancies')).body.items[0];
    expect(mineNow.state).toBe('hidden');
    const confirmed = await cmc.post(`/api/vacancies/${mineNow.id}/confirmation`, { version: mineNow.version });
    expect(confirmed.body.state).toBe('open');
    expect((await a.get(`/api/vacancies?childminderId=${cm.id}`)).body.items).toHaveLength(1);
    await ctx.drain();
    const subjects = ctx.mail.to(cm.email!).map((m) => m.subject);
    expect(subjects.filter((s) => s === 'Ist Ihr freier Platz noch frei?')).toHaveLength(1);
    expect(subjects.filter((s) => s === 'Ihr freier Platz wird nicht mehr angezeigt')).toHaveLength(1);
    ctx.clock.set('2026-11-25T09:00:00Z');
  });

  it('reminds parents and the advisor once of a missing measles proof before the start; the placement is blocked without it', async () => {
    const cm = await activeChildminder(ctx.ds, tenant);
    const cmc = await login(cm.user!);
    const { p, parent, req, childId } = await request({ desiredStart: '2026-12-07' });
    const prop = (await propose(req.id, cm.id)).body;
    const acc = await p.post(`/api/proposals/${prop.id}/answer`, { answer: 'accept', version: prop.version });
    await cmc.post(`/api/proposals/${prop.id}/answer`, { answer: 'accept', version: acc.body.version });
    const { ScanPlacements } = await import('@lotse/server/placements');
    const scanner = ctx.worker!.get(ScanPlacements);
    expect((await scanner.execute(tenant.id)).measlesReminders).toBeGreaterThanOrEqual(1);
    expect((await scanner.execute(tenant.id)).measlesReminders).toBe(0);
    await ctx.drain();
    expect(ctx.mail.to(parent.email).filter((m) => m.subject === 'Masernschutz für Emma fehlt')).toHaveLength(1);
    expect(ctx.mail.to(advisor.email).filter((m) => m.subject === 'Masernschutz fehlt: Emma').length).toBeGreaterThanOrEqual(1);
    ctx.clock.set('2026-12-08T09:00:00Z');
    const placement = (await p.get('/api/placements')).body.items.find((x: { childId: string }) => x.childId === childId);
    expect(placement.state).toBe('blocked');
    const child = (await a.get(`/api/children/${childId}`)).body;
    await a.put(`/api/children/${childId}/measles-proof`, { status: 'recorded', version: child.version });
    expect((await p.get(`/api/placements/${placement.id}`)).body.state).toBe('settling_in');
    ctx.clock.set('2026-11-25T09:00:00Z');
  });
});
