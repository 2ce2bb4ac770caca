import { createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import { createChildminder } from '../../../fixtures/childminders';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

const URL = '/api/operator/offices';
const PASSWORD = 'Unna-Fachberatung-2026';

const BODY = {
  name: 'Stadt Unna',
  slug: 'unna',
  state: 'NW',
  districts: ['Mitte', 'Massen', 'Königsborn'],
  office: { street: 'Rathausplatz 1', postcode: '59423', city: 'Unna', phone: '02303 103-0', email: 'fachberatung@unna.example' },
  admin: { firstName: 'Anna', lastName: 'Beispiel', email: 'anna.beispiel@unna.example' },
};

/**
 * GET/POST /api/operator/offices (issue 9): the operator onboards a second office; its first admin
 * sets her password through the mailed one-time link, signs in and sees none of Kamen's data.
 */
describe('operator: offices', () => {
  let ctx: TestContext;
  let kamen: TenantFixture;
  let asOperator: ApiClient;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true });
    kamen = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
    const operator = await createUser(ctx.ds, kamen, 'operator');
    asOperator = ctx.client();
    await asOperator.login(operator.email, TEST_PASSWORD);
    // Kamen's data the new office must not see.
    await createChildminder(ctx.ds, kamen, { lastName: 'Kamenerin' });
    await createUser(ctx.ds, kamen, 'advisor', { lastName: 'Kamener' });
  });
  afterAll(() => ctx.close());

  it('only the operator: admins and advisors get 403, no session 401', async () => {
    for (const role of ['admin', 'advisor'] as const) {
      const c = ctx.client();
      await c.login((await createUser(ctx.ds, kamen, role)).email, TEST_PASSWORD);
      expect((await c.get(URL)).status).toBe(403);
      expect((await c.post(URL, { ...BODY, slug: 'nope' })).status).toBe(403);
    }
    expect((await ctx.client().get(URL)).status).toBe(401);
    expect((await ctx.ds.query(`SELECT 1 FROM tenant WHERE slug = 'nope'`)).length).toBe(0);
  });

  it('refuses invalid input with German field errors (400) and writes nothing', async () => {
    const res = await asOperator.post(URL, {
      ...BODY,
      name: ' ',
      slug: 'Bad Slug',
      state: 'XX',
      districts: [],
      office: { postcode: '594' },
      admin: { firstName: '', lastName: 'B', email: 'nein' },
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['admin.email', 'admin.firstName', 'districts', 'name', 'office.postcode', 'slug', 'state']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'slug').message).toBe(
      'Bitte Kleinbuchstaben, Ziffern und „-“ angeben (z. B. unna).',
    );
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM tenant`))[0].n).toBe(1);
  });

  it("creates a second office whose admin sets her password via the mailed link, signs in and sees none of Kamen's data", async () => {
    const res = await asOperator.post(URL, BODY);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug: 'unna', tenantId: expect.any(String), adminId: expect.any(String) });

    const list = (await asOperator.get(URL)).body;
    expect(list.map((o: { slug: string; admins: number }) => [o.slug, o.admins])).toEqual([
      ['kamen', 1],
      ['unna', 1],
    ]);

    await ctx.drain();
    const [mail] = ctx.mail.to('anna.beispiel@unna.example');
    expect(mail.subject).toBe('Ihr Zugang zu Lotse');
    expect(mail.text).toContain('für Stadt Unna ist in Lotse ein Zugang');
    const token = /\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
    expect(token).toBeTruthy();
    // No secret in the outbox or job data: only a reference to the token row.
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE payload::text LIKE $1`, [`%${token}%`]);
    expect(n).toBe(0);

    const admin = ctx.client();
    expect((await admin.post('/api/auth/login', { email: BODY.admin.email, password: PASSWORD })).status).toBe(401);
    expect((await admin.post('/api/auth/password-reset/confirm', { token, password: PASSWORD })).status).toBe(204);
    // The link works once.
    expect((await ctx.client().post('/api/auth/password-reset/confirm', { token, password: 'Noch-ein-Passwort-1' })).status).toBe(400);
    await admin.login(BODY.admin.email, PASSWORD);
    expect((await admin.get('/api/auth/me')).body).toMatchObject({ role: 'admin', tenantName: 'Stadt Unna' });

    const office = (await admin.get('/api/admin/office')).body;
    expect(office).toMatchObject({ name: 'Stadt Unna', slug: 'unna', state: 'NW', districts: BODY.districts });
    expect(office.office).toMatchObject({
      street: 'Rathausplatz 1',
      postcode: '59423',
      city: 'Unna',
      email: 'fachberatung@unna.example',
      openingHours: [],
    });

    // None of Kamen's data: no childminders, only herself as user, no audit entries of Kamen.
    expect((await admin.get('/api/childminders')).body).toMatchObject({ items: [], total: 0 });
    const users = (await admin.get('/api/users')).body;
    expect(users.items.map((u: { email: string }) => u.email)).toEqual([BODY.admin.email]);
    const [{ tenant_id }] = await ctx.ds.query(`SELECT tenant_id FROM app_user WHERE email = $1`, [BODY.admin.email]);
    const audit = (await admin.get('/api/audit?pageSize=100')).body;
    const kamenEvents: Array<{ id: string }> = await ctx.ds.query(`SELECT id FROM audit_event WHERE tenant_id = $1`, [kamen.id]);
    expect(kamenEvents.length).toBeGreaterThan(0);
    const seen = new Set(audit.items.map((e: { id: string }) => e.id));
    expect(kamenEvents.filter((e) => seen.has(e.id))).toEqual([]);
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['tenant.created']));

    // Creation is audited in the new office, naming the operator.
    const [created] = await ctx.ds.query(`SELECT actor_role, details FROM audit_event WHERE action = 'tenant.created' AND tenant_id = $1`, [
      tenant_id,
    ]);
    expect(created).toMatchObject({ actor_role: 'operator', details: { via: 'operator page', slug: 'unna' } });
  }, 60_000);

  it('a taken slug or admin e-mail gives 409 with the field; nothing is written', async () => {
    const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM tenant`))[0].n;
    const slug = await asOperator.post(URL, { ...BODY, admin: { ...BODY.admin, email: 'neu@unna.example' } });
    expect(slug.status).toBe(409);
    expect(slug.body.errors).toEqual([{ field: 'slug', message: 'Dieses Kürzel ist bereits vergeben.', code: 'taken' }]);
    const email = await asOperator.post(URL, { ...BODY, slug: 'unna-2', admin: { ...BODY.admin, email: 'ANNA.beispiel@unna.example' } });
    expect(email.status).toBe(409);
    expect(email.body.errors).toEqual([
      { field: 'admin.email', message: 'Zu dieser E-Mail-Adresse besteht bereits ein Konto.', code: 'taken' },
    ]);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM tenant`))[0].n).toBe(before);
  });
});
