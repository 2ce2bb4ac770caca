import { createChild, createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import { careRequestBody, parentWithChild, weekdays } from '../../../fixtures/placements';
import { TestContext } from '../../../support/test-app';

/** Parents' care requests: submit, follow, change, withdraw; advisors' queue; bad input; access. */
describe('care requests', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  const count = async (table: string) => (await ctx.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const fields = (res: { body: { errors: Array<{ field: string }> } }) => res.body.errors.map((e) => e.field).sort();

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
  });
  afterAll(() => ctx.close());

  async function signedInParent(dob?: string) {
    const { parent, childId } = await parentWithChild(ctx.ds, tenant, dob);
    const c = ctx.client();
    await c.login(parent.email, TEST_PASSWORD);
    return { c, parent, childId };
  }

  it('lets a parent submit a request, derives age and entitlement, mails a receipt and audits', async () => {
    const { c, childId, parent } = await signedInParent('2026-03-14');
    const res = await c.post('/api/care-requests', careRequestBody(childId));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'submitted',
      child: { firstName: 'Emma', lastName: 'Becker', dateOfBirth: '2026-03-14' },
      desiredStart: '2027-08-01',
      ageAtStartMonths: 16,
      entitled: true,
      weeklyHours: 22.5,
      district: 'Mitte',
      enteredByStaff: false,
    });
    await ctx.drain();
    expect(ctx.mail.to(parent.email).map((m) => m.subject)).toEqual(['Betreuungsanfrage für Emma']);
    const audit = await ctx.ds.query(`SELECT action FROM audit_event WHERE target_id = $1`, [res.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toContain('care_request.create');
    const list = await c.get('/api/care-requests');
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([res.body.id]);
  });

  it('is not entitled before the first birthday (§24 SGB VIII)', async () => {
    const { c, childId } = await signedInParent('2026-08-02');
    const res = await c.post('/api/care-requests', careRequestBody(childId, { desiredStart: '2027-08-01' }));
    expect(res.body).toMatchObject({ ageAtStartMonths: 11, entitled: false });
  });

  it.each([
    [
      'overlapping times',
      { schedule: [...weekdays('08:00', '12:00', [1]), ...weekdays('11:00', '14:00', [1])] },
      ['schedule'],
      'Die Zeiten überschneiden sich',
    ],
    ['off-grid times', { schedule: [{ weekday: 1, from: '08:10', to: '12:00' }] }, ['schedule.0.from'], 'Viertelstundentakt'],
    [
      'an end before the start',
      { schedule: [{ weekday: 1, from: '12:00', to: '08:00' }] },
      ['schedule.0.to'],
      'Das Ende muss nach dem Beginn liegen',
    ],
    ['a start in the past', { desiredStart: '2026-11-24' }, ['desiredStart'], 'nicht in der Vergangenheit'],
    ['an unknown district', { district: 'Atlantis' }, ['district'], 'Stadtteil'],
    ['a distance of 0 km', { maxDistanceKm: 0 }, ['maxDistanceKm'], 'mindestens 1'],
    ['no schedule', { schedule: [] }, ['schedule'], 'Mindestens ein Eintrag'],
    [
      'a named childminder of nobody',
      {
        wishes: {
          noSmokingHousehold: true,
          petsOk: true,
          siblingsTogether: false,
          preferredChildminderId: '7b6f2a4e-0d3c-4c1b-9e55-1a2b3c4d5e6f',
        },
      },
      ['wishes.preferredChildminderId'],
      'nicht bekannt',
    ],
  ])('refuses %s with a German field error and writes nothing', async (_what, over, expected, text) => {
    const { c, childId } = await signedInParent();
    const before = await count('care_request');
    const res = await c.post('/api/care-requests', careRequestBody(childId, over));
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(expected);
    expect(JSON.stringify(res.body.errors)).toContain(text);
    expect(await count('care_request')).toBe(before);
  });

  it("refuses a child that is not the parent's own (404 with the field), and audits the attempt", async () => {
    const { c } = await signedInParent();
    const other = await parentWithChild(ctx.ds, tenant);
    const res = await c.post('/api/care-requests', careRequestBody(other.childId));
    expect(res.status).toBe(404);
    expect(fields(res)).toEqual(['childId']);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND target_id = $1`, [
      other.childId,
    ]);
    expect(n).toBe(1);
  });

  it('refuses a second open request for the same child, also when both arrive at once', async () => {
    const { c, childId } = await signedInParent();
    const results = await Promise.all([
      c.post('/api/care-requests', careRequestBody(childId)),
      c.post('/api/care-requests', careRequestBody(childId)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = results.find((r) => r.status === 409)!;
    expect(fields(conflict)).toEqual(['childId']);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM care_request WHERE child_id = $1`, [childId]);
    expect(n).toBe(1);
  });

  it('lets the parent change an open request (version checked) and withdraw it; then a new one is possible', async () => {
    const { c, childId } = await signedInParent();
    const created = (await c.post('/api/care-requests', careRequestBody(childId))).body;
    const changed = await c.put(`/api/care-requests/${created.id}`, {
      ...careRequestBody(childId),
      childId: undefined,
      maxDistanceKm: 8,
      version: created.version,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.maxDistanceKm).toBe(8);
    const stale = await c.put(`/api/care-requests/${created.id}`, {
      ...careRequestBody(childId),
      childId: undefined,
      version: created.version,
    });
    expect(stale.status).toBe(409);
    const withdrawn = await c.post(`/api/care-requests/${created.id}/withdrawal`, {
      version: changed.body.version,
      reason: 'Kita-Platz gefunden',
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', closedReason: 'Kita-Platz gefunden' });
    expect((await c.post('/api/care-requests', careRequestBody(childId))).status).toBe(201);
  });

  it('gives advisors the queue in priority order (entitled first, then waiting since) with filters', async () => {
    const advisor = await createUser(ctx.ds, tenant, 'advisor');
    const a = ctx.client();
    await a.login(advisor.email, TEST_PASSWORD);
    const young = await signedInParent('2027-01-10');
    const r1 = (await young.c.post('/api/care-requests', careRequestBody(young.childId))).body;
    const page = await a.get('/api/care-requests?pageSize=200');
    expect(page.status).toBe(200);
    const items = page.body.items as Array<{ id: string; entitled: boolean }>;
    const firstNotEntitled = items.findIndex((i) => !i.entitled);
    expect(items.slice(firstNotEntitled).every((i) => !i.entitled)).toBe(true);
    expect(items.map((i) => i.id)).toContain(r1.id);
    const filtered = await a.get('/api/care-requests?entitled=false&ageToMonths=7&startMonth=2027-08');
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toContain(r1.id);
    expect(filtered.body.items.every((i: { entitled: boolean; ageAtStartMonths: number }) => !i.entitled && i.ageAtStartMonths <= 7)).toBe(
      true,
    );
    expect((await a.get('/api/care-requests?startMonth=2027-13')).status).toBe(400);
    const review = await a.post(`/api/care-requests/${r1.id}/review`, { version: r1.version });
    expect(review.body.status).toBe('in_review');
    expect((await young.c.get(`/api/care-requests/${r1.id}`)).body.status).toBe('in_review');
  });

  it('lets an advisor enter a request on behalf of a parent', async () => {
    const advisor = await createUser(ctx.ds, tenant, 'advisor');
    const a = ctx.client();
    await a.login(advisor.email, TEST_PASSWORD);
    const { childId } = await parentWithChild(ctx.ds, tenant);
    const res = await a.post('/api/care-requests', careRequestBody(childId));
    expect(res.status).toBe(201);
    expect(res.body.enteredByStaff).toBe(true);
  });

  it('keeps requests to their family and office: other parents, childminders and other offices get 404/403', async () => {
    const { c, childId } = await signedInParent();
    const mine = (await c.post('/api/care-requests', careRequestBody(childId))).body;
    const stranger = await signedInParent();
    expect((await stranger.c.get(`/api/care-requests/${mine.id}`)).status).toBe(404);
    expect((await stranger.c.post(`/api/care-requests/${mine.id}/withdrawal`, { version: mine.version })).status).toBe(404);
    expect((await stranger.c.get('/api/care-requests')).body.items.map((i: { id: string }) => i.id)).not.toContain(mine.id);
    const cm = await createUser(ctx.ds, tenant, 'childminder');
    const cmc = ctx.client();
    await cmc.login(cm.email, TEST_PASSWORD);
    expect((await cmc.get(`/api/care-requests/${mine.id}`)).status).toBe(403);
    expect((await cmc.get('/api/care-requests')).status).toBe(403);
    const otherOffice = await createTenant(ctx.ds, { slug: 'unna' });
    const otherAdvisor = await createUser(ctx.ds, otherOffice, 'advisor');
    const oc = ctx.client();
    await oc.login(otherAdvisor.email, TEST_PASSWORD);
    expect((await oc.get(`/api/care-requests/${mine.id}`)).status).toBe(404);
    const denied = await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND target_id = $1`, [
      mine.id,
    ]);
    expect(denied[0].n).toBeGreaterThanOrEqual(3);
  });

  it('records the measles proof: parents declare, only staff record it as seen', async () => {
    const { c, childId } = await signedInParent();
    const child = (await c.get(`/api/children/${childId}`)).body;
    expect(child.measlesProof).toBe('missing');
    const declared = await c.put(`/api/children/${childId}/measles-proof`, { status: 'declared', version: child.version });
    expect(declared.body.measlesProof).toBe('declared');
    const selfRecord = await c.put(`/api/children/${childId}/measles-proof`, { status: 'recorded', version: declared.body.version });
    expect(selfRecord.status).toBe(422);
    const advisor = await createUser(ctx.ds, tenant, 'advisor');
    const a = ctx.client();
    await a.login(advisor.email, TEST_PASSWORD);
    const recorded = await a.put(`/api/children/${childId}/measles-proof`, { status: 'recorded', version: declared.body.version });
    expect(recorded.body).toMatchObject({ measlesProof: 'recorded' });
    expect(recorded.body.measlesProofRecordedAt).toBeTruthy();
  });

  it('does not list a child of another parent through the children endpoint either', async () => {
    const { c } = await signedInParent();
    const someone = await createUser(ctx.ds, tenant, 'parent');
    const { id } = await createChild(ctx.ds, someone);
    expect((await c.get(`/api/children/${id}`)).status).toBe(404);
  });
});
