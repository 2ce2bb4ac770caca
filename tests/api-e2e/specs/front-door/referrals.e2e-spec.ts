import { seedDemoReferrals } from '../../../../apps/api/src/cli/seed-demo-referrals';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

const PARTNER = {
  name: 'Erziehungsberatung Test',
  category: 'educational_counselling',
  offer: 'Beratung bei Erziehungsfragen.',
  address: 'Teststraße 1, 59174 Kamen',
  phone: '02307 99100',
  email: 'EFB@test.example',
  website: 'https://efb.test.example',
  openingHours: 'Mo–Fr 8–16 Uhr',
};

/**
 * The referral guide (issue 14): the coordinator keeps the partner directory (audited), staff
 * record referrals in two clicks, the month's figure counts up, and the stored rows carry nothing
 * personal: no staff id, no time of day, no free text.
 */
describe('referral guide: /api/partner-services, /api/referrals', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let other: TenantFixture;

  beforeAll(async () => {
    // 23:30 UTC on 30 November is already 1 December in Kamen: the office's month counts.
    ctx = await TestContext.create({ now: '2026-11-30T23:30:00Z' });
    tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    other = await createTenant(ctx.ds, { slug: 'unna' });
  });
  afterAll(() => ctx.close());

  async function as(role: 'admin' | 'advisor' | 'parent' | 'childminder', t = tenant): Promise<ApiClient> {
    const c = ctx.client();
    await c.login((await createUser(ctx.ds, t, role)).email, TEST_PASSWORD);
    return c;
  }

  it('the coordinator creates, changes and deactivates a partner (versioned, audited); advisors browse and search', async () => {
    const admin = await as('admin');
    const advisor = await as('advisor');
    const created = await admin.post('/api/partner-services', PARTNER);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: PARTNER.name, email: 'efb@test.example', active: true, version: 1 });
    const id = created.body.id as string;

    expect((await advisor.post('/api/partner-services', PARTNER)).status).toBe(403);
    const found = await advisor.get('/api/partner-services?q=erziehungsfragen');
    expect(found.body.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await advisor.get('/api/partner-services?q=nichtvorhanden')).body).toEqual([]);
    expect((await advisor.get('/api/partner-services?category=midwife')).body).toEqual([]);

    const changed = await admin.put(`/api/partner-services/${id}`, { ...PARTNER, phone: '02307 99101', active: true, version: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    expect((await admin.put(`/api/partner-services/${id}`, { ...PARTNER, active: false, version: 1 })).status).toBe(409);
    const off = await admin.put(`/api/partner-services/${id}`, { ...PARTNER, phone: '02307 99101', active: false, version: 2 });
    expect(off.body).toMatchObject({ active: false, version: 3 });
    // Deactivated: gone for advisors and the public page, still there for the coordinator.
    expect((await advisor.get('/api/partner-services')).body).toEqual([]);
    expect((await admin.get('/api/partner-services?includeInactive=true')).body.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await ctx.client().get('/api/public/offices/kamen/partner-services')).body).toEqual([]);
    // A referral to a deactivated partner is refused.
    expect((await advisor.post('/api/referrals', { partnerServiceId: id, topic: 'parenting' })).status).toBe(422);

    const audit = await ctx.ds.query(
      `SELECT action, details FROM audit_event WHERE target_id = $1 AND action LIKE 'partner_service.%' ORDER BY occurred_at, action`,
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'partner_service.create',
      'partner_service.update',
      'partner_service.update',
    ]);
    expect(audit[1].details.changes).toEqual({ phone: ['02307 99100', '02307 99101'] });
    expect(audit[2].details.changes).toEqual({ active: [true, false] });
  });

  it('refuses bad directory input with German field messages and writes nothing', async () => {
    const admin = await as('admin');
    const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM partner_service`))[0].n;
    const bad = await admin.post('/api/partner-services', {
      ...PARTNER,
      name: '',
      category: 'bar',
      email: 'keine-mail',
      website: 'javascript:alert(1)',
      phone: 'abc',
    });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'category',
      'email',
      'name',
      'phone',
      'website',
    ]);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'website').message).toContain('https://');
    expect((await admin.post('/api/partner-services', { ...PARTNER, tenantId: other.id })).status).toBe(400);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM partner_service`))[0].n).toBe(before);
  });

  it('a referral in two clicks counts up the current month; the stored row is anonymous', async () => {
    const admin = await as('admin');
    const advisor = await as('advisor');
    const p = (await admin.post('/api/partner-services', { ...PARTNER, name: 'Familienzentrum Test', category: 'kita_family_centre' }))
      .body;
    const before = (await advisor.get('/api/referrals/figures')).body;
    expect(before).toMatchObject({ from: '2026-01', to: '2026-12', total: 0 });
    expect(before.months).toHaveLength(12);

    const rec = await advisor.post('/api/referrals', { partnerServiceId: p.id, topic: 'childcare_place' });
    expect(rec.status).toBe(201);
    expect(rec.body).toEqual({
      id: expect.any(String),
      month: '2026-12',
      partnerServiceId: p.id,
      category: 'kita_family_centre',
      topic: 'childcare_place',
    });
    // Only the kind of service ("zu einer Kita"), without a particular partner.
    expect((await admin.post('/api/referrals', { category: 'midwife', topic: 'birth_baby' })).status).toBe(201);

    const after = (await advisor.get('/api/referrals/figures')).body;
    const dec = after.months.indexOf('2026-12');
    expect(dec).toBe(11);
    expect(after.totals[dec]).toBe(2);
    expect(after.byTopic.find((s: { key: string }) => s.key === 'childcare_place').counts[dec]).toBe(1);
    expect(after.byTopic.find((s: { key: string }) => s.key === 'birth_baby').counts[dec]).toBe(1);
    expect(after.byCategory.find((s: { key: string }) => s.key === 'kita_family_centre').counts[dec]).toBe(1);
    expect(after.total).toBe(2);

    // What is stored: these six columns, the month on its first day, no staff id, no timestamp.
    const cols = await ctx.ds.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'referral' ORDER BY column_name`,
    );
    expect(cols.map((c: { column_name: string }) => c.column_name)).toEqual([
      'category',
      'id',
      'month',
      'partner_service_id',
      'tenant_id',
      'topic',
    ]);
    const rows = await ctx.ds.query(`SELECT to_jsonb(r) AS row FROM referral r WHERE tenant_id = $1 ORDER BY topic`, [tenant.id]);
    expect(rows.map((r: { row: Record<string, unknown> }) => ({ ...r.row, id: 'x' }))).toEqual([
      { id: 'x', tenant_id: tenant.id, partner_service_id: null, category: 'midwife', topic: 'birth_baby', month: '2026-12-01' },
      {
        id: 'x',
        tenant_id: tenant.id,
        partner_service_id: p.id,
        category: 'kita_family_centre',
        topic: 'childcare_place',
        month: '2026-12-01',
      },
    ]);
    const users: Array<{ id: string; email: string; first_name: string; last_name: string }> = await ctx.ds.query(
      `SELECT id, email, first_name, last_name FROM app_user`,
    );
    const stored = JSON.stringify(rows);
    for (const u of users) for (const v of [u.id, u.email, u.first_name, u.last_name]) expect(stored).not.toContain(v);
    // The audit log notes that a referral was recorded, but not which row or topic.
    const logged = await ctx.ds.query(`SELECT target_type, target_id, details FROM audit_event WHERE action = 'referral.record'`);
    expect(logged).toEqual([
      { target_type: 'referral', target_id: null, details: null },
      { target_type: 'referral', target_id: null, details: null },
    ]);
  });

  it('refuses extra fields (no free text can be smuggled in), bad topics and "both or neither"', async () => {
    const advisor = await as('advisor');
    const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM referral`))[0].n;
    const extra = await advisor.post('/api/referrals', { category: 'other', topic: 'other', note: 'Frau M., Tel. 0171 …' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    for (const body of [
      { category: 'other', topic: 'other', userId: 'x' },
      { category: 'other', topic: 'other', month: '2026-01' },
      { category: 'other', topic: 'Frau Müller' },
      { category: 'other' },
      { topic: 'other' },
      { category: 'other', partnerServiceId: '00000000-0000-4000-8000-000000000000', topic: 'other' },
      { partnerServiceId: 'nope', topic: 'other' },
    ]) {
      const res = await advisor.post('/api/referrals', body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.errors.length).toBeGreaterThan(0);
    }
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM referral`))[0].n).toBe(before);
  });

  it("another office's partner is not found (404, logged as refused); parents and childminders are refused (403)", async () => {
    const otherAdmin = await as('admin', other);
    const theirs = (await otherAdmin.post('/api/partner-services', { ...PARTNER, name: 'Partner in Unna' })).body;
    const advisor = await as('advisor');
    const admin = await as('admin');
    expect((await advisor.get(`/api/partner-services/${theirs.id}`)).status).toBe(404);
    expect((await advisor.post('/api/referrals', { partnerServiceId: theirs.id, topic: 'school' })).status).toBe(404);
    expect((await admin.put(`/api/partner-services/${theirs.id}`, { ...PARTNER, active: false, version: 1 })).status).toBe(404);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM referral WHERE partner_service_id = $1`, [theirs.id]))[0].n).toBe(0);
    const [{ n: denied }] = await ctx.ds.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND target_id = $1`,
      [theirs.id],
    );
    expect(denied).toBe(3);
    // The other office's figures do not see ours.
    expect((await otherAdmin.get('/api/referrals/figures')).body.total).toBe(0);

    for (const role of ['parent', 'childminder'] as const) {
      const c = await as(role);
      expect((await c.get('/api/partner-services')).status).toBe(403);
      expect((await c.post('/api/referrals', { category: 'other', topic: 'other' })).status).toBe(403);
      expect((await c.get('/api/referrals/figures')).status).toBe(403);
      expect((await c.get('/api/referrals/figures.csv')).status).toBe(403);
    }
    expect((await ctx.client().get('/api/referrals/figures')).status).toBe(401);
  });

  it('filters by month range, refuses bad ranges, and exports the aggregates as CSV', async () => {
    const advisor = await as('advisor');
    const range = await advisor.get('/api/referrals/figures?from=2026-11&to=2026-12');
    expect(range.body.months).toEqual(['2026-11', '2026-12']);
    expect(range.body.totals).toEqual([0, 2]);
    const before = await advisor.get('/api/referrals/figures?from=2026-01&to=2026-11');
    expect(before.body.total).toBe(0);
    for (const q of ['from=2026-12&to=2026-11', 'from=2020-01&to=2026-12', 'from=2026-13', 'to=26-1', 'from=x']) {
      const res = await advisor.get(`/api/referrals/figures?${q}`);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
      expect(res.body.errors[0].message).toMatch(/Monat/);
    }
    const csv = (await advisor.get('/api/referrals/figures.csv?from=2026-11&to=2026-12')) as unknown as {
      status: number;
      text: string;
      headers: Record<string, string>;
    };
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('bedarfsermittlung-2026-11-bis-2026-12.csv');
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'Monat;Art;Thema;Anzahl',
      '2026-12;Hebamme / Familienhebamme;Geburt / Baby;1',
      '2026-12;Kita / Familienzentrum;Betreuungsplatz;1',
    ]);
  });

  it('the public directory lists only active partners of the office, without internal fields', async () => {
    const res = await ctx.client().get('/api/public/offices/kamen/partner-services');
    expect(res.status).toBe(200);
    expect(res.body.map((p: { name: string }) => p.name)).toEqual(['Familienzentrum Test']);
    expect(Object.keys(res.body[0]).sort()).toEqual([
      'address',
      'category',
      'email',
      'id',
      'name',
      'offer',
      'openingHours',
      'phone',
      'website',
    ]);
    expect((await ctx.client().get('/api/public/offices/nirgendwo/partner-services')).status).toBe(404);
    expect((await ctx.client().get('/api/public/offices/Bad%20Slug/partner-services')).status).toBe(400);
  });

  it('the demo seed fills the directory and twelve months of figures once', async () => {
    const demo = await createTenant(ctx.ds, { slug: 'kamen-demo' });
    // The seed looks the office up by the Kamen slug: point it at a fresh one.
    await ctx.ds.query(`UPDATE tenant SET slug = 'kamen-old' WHERE id = $1`, [tenant.id]);
    await ctx.ds.query(`UPDATE tenant SET slug = 'kamen' WHERE id = $1`, [demo.id]);
    try {
      const n = await seedDemoReferrals(ctx.ds, ctx.clock.now());
      expect(n).toBeGreaterThan(300);
      expect(await seedDemoReferrals(ctx.ds, ctx.clock.now())).toBe(0);
      const admin = await as('admin', demo);
      const f = (await admin.get('/api/referrals/figures')).body;
      expect(f.totals.every((t: number) => t > 0)).toBe(true);
      expect(f.total).toBe(n - 10);
      expect((await admin.get('/api/partner-services')).body).toHaveLength(9);
    } finally {
      await ctx.ds.query(`UPDATE tenant SET slug = 'kamen-demo' WHERE id = $1`, [demo.id]);
      await ctx.ds.query(`UPDATE tenant SET slug = 'kamen' WHERE id = $1`, [tenant.id]);
    }
  });
});
