import { createChildminder, recordEvidence } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** POST /api/childminders/:id/transitions and the timeline: explicit, audited status changes. */
describe('childminder lifecycle and timeline', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisor: UserFixture;
  let asAdvisor: ApiClient;

  const as = async (u: UserFixture) => {
    const c = ctx.client();
    await c.login(u.email, TEST_PASSWORD);
    return c;
  };
  const move = async (c: ApiClient, id: string, to: string, note?: string) => {
    const version = (await c.get(`/api/childminders/${id}`)).body.version;
    return c.post(`/api/childminders/${id}/transitions`, { to, version, ...(note ? { note } : {}) });
  };

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    advisor = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    asAdvisor = await as(advisor);
  });
  afterAll(() => ctx.close());

  it('walks the path interested → applicant → in_qualification → suitability_check, each step audited and on the timeline', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { firstName: 'Jürgen', lastName: 'Weiß' });
    for (const to of ['applicant', 'in_qualification', 'suitability_check']) {
      const res = await move(asAdvisor, cm.id, to, to === 'applicant' ? 'Infoabend besucht' : undefined);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(to);
    }
    const audit = await ctx.ds.query(
      `SELECT details FROM audit_event WHERE action = 'childminder.transition' AND target_id = $1 ORDER BY occurred_at, id`,
      [cm.id],
    );
    expect(audit.map((a: { details: { to: string } }) => a.details.to).sort()).toEqual([
      'applicant',
      'in_qualification',
      'suitability_check',
    ]);
    const timeline = (await asAdvisor.get(`/api/childminders/${cm.id}/timeline`)).body;
    expect(timeline.items.map((e: { summary: string }) => e.summary)).toEqual([
      'Status: In Qualifizierung → Eignungsprüfung',
      'Status: Bewerbung → In Qualifizierung',
      'Status: Interessiert → Bewerbung – Infoabend besucht',
    ]);
    expect(timeline.items[0].actor).toEqual({ id: advisor.id, name: 'Sabine Krüger', role: 'advisor' });
  });

  it('refuses skipping a step with 422 and the German reason, and changes nothing', async () => {
    const cm = await createChildminder(ctx.ds, tenant);
    const res = await move(asAdvisor, cm.id, 'suitability_check');
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(
      'Von „Interessiert“ nach „Eignungsprüfung“ ist kein zulässiger Wechsel. Möglich: „Bewerbung“, „Beendet“.',
    );
    expect(res.body.errors[0]).toMatchObject({ field: 'to', code: 'transition' });
    expect((await asAdvisor.get(`/api/childminders/${cm.id}`)).body.status).toBe('interested');
    expect(
      await ctx.ds.query(`SELECT 1 FROM childminder_event WHERE childminder_id = $1 AND type = 'status_changed'`, [cm.id]),
    ).toHaveLength(0);
  });

  it('refuses active without a valid permit (there are no permits yet)', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { status: 'suitability_check' });
    const res = await move(asAdvisor, cm.id, 'active');
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Aktiv wird eine Tagespflegeperson erst mit einer gültigen Pflegeerlaubnis.');
  });

  it('after the end only a new application follows, and the same status is refused twice', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { status: 'ended' });
    // Issue 11: an ended file can start again as an application (new check), nothing else.
    expect((await move(asAdvisor, cm.id, 'interested')).body.message).toContain('Möglich: „Bewerbung“.');
    const other = await createChildminder(ctx.ds, tenant, { status: 'applicant' });
    expect((await move(asAdvisor, other.id, 'applicant')).body.message).toBe('Der Status ist bereits „Bewerbung“.');
  });

  it('a stale version gives 409', async () => {
    const cm = await createChildminder(ctx.ds, tenant);
    const res = await asAdvisor.post(`/api/childminders/${cm.id}/transitions`, { to: 'applicant', version: 99 });
    expect(res.status).toBe(409);
  });

  it('a childminder hands in her application (interested → applicant) but makes no other change', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { firstName: 'Ayşe', lastName: 'Demir' });
    const c = await as(cm.user!);
    const path = await c.get('/api/childminders/me/path');
    expect(path.body).toMatchObject({
      status: 'interested',
      statusLabel: 'Interessiert',
      nextStatuses: ['applicant', 'ended'],
      evidenceComplete: false,
    });
    expect(path.body.steps[0]).toMatchObject({ code: 'status.apply' });
    expect(path.body.steps.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['evidence.first_aid', 'evidence.good_conduct']),
    );
    expect(path.body.steps.find((s: { code: string }) => s.code === 'evidence.good_conduct').text).toContain('nicht hochladen');

    const res = await c.post('/api/childminders/me/application');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('applicant');
    // Applying twice is a conflict of state, not a refusal of access.
    expect((await c.post('/api/childminders/me/application')).status).toBe(409);
    // The advisors' transition route is not for childminders (403 by role, audited).
    expect((await c.post(`/api/childminders/${cm.id}/transitions`, { to: 'in_qualification', version: res.body.version })).status).toBe(
      403,
    );
    const timeline = (await c.get('/api/childminders/me/timeline')).body.items;
    expect(timeline[0]).toMatchObject({
      type: 'status_changed',
      summary: 'Status: Interessiert → Bewerbung',
      actor: { name: 'Ayşe Demir' },
    });
  });

  it('ending the file of someone who never worked deletes the good-conduct data at once (§72a Abs. 5), audited', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', adultHouseholdMembers: ['Max Mustermann'] });
    await recordEvidence(ctx.ds, cm, { type: 'good_conduct', date: '2026-10-01', submittedOn: '2026-10-15', relevantConviction: false });
    await recordEvidence(ctx.ds, cm, { type: 'good_conduct', date: '2026-10-01', personName: 'Max Mustermann', relevantConviction: false });
    await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2026-01-10', units: 9 });
    const res = await move(asAdvisor, cm.id, 'ended', 'Hat sich gegen die Tätigkeit entschieden');
    expect(res.status).toBe(200);
    expect(await ctx.ds.query(`SELECT type FROM evidence_item WHERE childminder_id = $1`, [cm.id])).toEqual([{ type: 'first_aid' }]);
    const audit = await ctx.ds.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'evidence.good_conduct_deleted' AND target_id = $1`,
      [cm.id],
    );
    expect(audit).toEqual([{ actor_id: null, details: { count: 2, reason: 'not_taken_up' } }]);
    const events = (await asAdvisor.get(`/api/childminders/${cm.id}/timeline`)).body.items;
    expect(events[0]).toMatchObject({ type: 'good_conduct_deleted' });
    expect(JSON.stringify(events)).not.toContain('Max Mustermann');
  });

  it('PATCH profile: changed fields on the timeline and in the audit; a stale version gives 409', async () => {
    const cm = await createChildminder(ctx.ds, tenant);
    const c = await as(cm.user!);
    const v = (await c.get('/api/childminders/me')).body.version;
    const ok = await c.patch('/api/childminders/me', {
      version: v,
      phone: '02307 99887',
      languages: ['Deutsch', 'Polnisch'],
      district: 'Südkamen',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ phone: '02307 99887', languages: ['Deutsch', 'Polnisch'], district: 'Südkamen', version: v + 1 });
    const stale = await c.patch('/api/childminders/me', { version: v, phone: '0000 11111' });
    expect(stale.status).toBe(409);
    const [audit] = await ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'childminder.update' AND target_id = $1`, [cm.id]);
    expect(audit.details.fields.sort()).toEqual(['district', 'languages', 'phone']);
    const [event] = (await asAdvisor.get(`/api/childminders/${cm.id}/timeline`)).body.items;
    expect(event.summary).toBe('Profil geändert: Telefon, Stadtteil, Sprachen');
    // The account follows name and phone changes.
    const [user] = await ctx.ds.query(`SELECT phone FROM app_user WHERE id = $1`, [cm.user!.id]);
    expect(user.phone).toBe('02307 99887');
    // Server-side checks apply to PATCH too.
    const bad = await c.patch('/api/childminders/me', { version: v + 1, district: 'Unna' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('district');
  });

  it('an advisor opens a file without an account; a newly ended file keeps the date', async () => {
    const res = await asAdvisor.post('/api/childminders', {
      firstName: 'Katrin',
      lastName: 'Hoffmann',
      dateOfBirth: '1979-09-30',
      address: { street: 'Heerener Straße 5', postcode: '59174', city: 'Kamen' },
      district: 'Heeren-Werve',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: null, status: 'interested', email: null });
    const ended = await move(asAdvisor, res.body.id, 'ended');
    expect(ended.body.status).toBe('ended');
    const [row] = await ctx.ds.query(`SELECT to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM childminder WHERE id = $1`, [res.body.id]);
    expect(row.ended_on).toBe('2026-11-25');
    const events = (await asAdvisor.get(`/api/childminders/${res.body.id}/timeline`)).body.items;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['status_changed', 'created']);
  });
});
