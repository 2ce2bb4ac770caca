import { KAMEN_PRIVACY_NOTICE, KAMEN_TENANT } from '@lotse/server/core';
import { createChildminder, registrationBody } from '../../../fixtures/childminders';
import { createTenant, createUser, type TenantFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

const BERGKAMEN_OFFICE = {
  name: 'Jugendamt Bergkamen – Kindertagespflege',
  street: 'Rathausplatz 1',
  postcode: '59192',
  city: 'Bergkamen',
  phone: '02307 965-0',
  email: 'kindertagespflege@bergkamen.example',
  openingHours: [{ weekday: 2, from: '09:00', to: '12:00' }],
  byAppointmentNote: 'Termine nach Vereinbarung.',
};
const BERGKAMEN_DISTRICTS = ['Mitte', 'Rünthe', 'Oberaden', 'Weddinghofen'];
const PUBLIC_KEYS = ['department', 'districts', 'name', 'office', 'privacy', 'slug'];

/** GET /api/public/office and /api/public/offices/:slug: what the registration page may read without a session. */
describe('public office data', () => {
  let ctx: TestContext;
  let kamen: TenantFixture;
  const sessions = async () => (await ctx.ds.query(`SELECT count(*)::int AS n FROM http_session`))[0].n as number;

  beforeAll(async () => {
    ctx = await TestContext.create();
    kamen = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
    await createTenant(ctx.ds, {
      name: 'Stadt Bergkamen',
      slug: 'bergkamen',
      settings: { office: BERGKAMEN_OFFICE, districts: BERGKAMEN_DISTRICTS, privacy: undefined },
    });
  });
  afterAll(() => ctx.close());

  it("anonymous gets Kamen's office, districts and privacy notice, without a session being created", async () => {
    const before = await sessions();
    const res = await ctx.client().get('/api/public/office');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(PUBLIC_KEYS);
    expect(res.body).toEqual({
      slug: 'kamen',
      name: 'Stadt Kamen',
      department: 'Familienbüro – Fachberatung Kindertagespflege',
      office: KAMEN_TENANT.settings.office,
      districts: ['Mitte', 'Methler', 'Heeren-Werve', 'Südkamen', 'Derne', 'Rottum'],
      privacy: KAMEN_PRIVACY_NOTICE,
    });
    expect(res.body.privacy.legalBasis).toContain('Art. 6 Abs. 1 lit. c und e DSGVO');
    expect(res.body.privacy.legalBasis).toContain('§ 62 SGB VIII');
    expect(res.body.privacy.rights.join(' ')).toMatch(/Auskunft.*Berichtigung.*Löschung.*Einschränkung.*Widerspruch.*LDI NRW/s);
    expect((await ctx.client().get('/api/public/offices/kamen')).body).toEqual(res.body);
    expect(await sessions()).toBe(before);
  });

  it("answers a second tenant's own data for its slug, with a default privacy notice built from its office, never mixed with Kamen's", async () => {
    const res = await ctx.client().get('/api/public/offices/bergkamen');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      slug: 'bergkamen',
      name: 'Stadt Bergkamen',
      office: BERGKAMEN_OFFICE,
      districts: BERGKAMEN_DISTRICTS,
    });
    expect(res.body.privacy.controller).toBe('Stadt Bergkamen, Jugendamt Bergkamen – Kindertagespflege, Rathausplatz 1, 59192 Bergkamen');
    expect(res.body.privacy.dataProtectionOfficer).toContain('kindertagespflege@bergkamen.example');
    expect(res.body.privacy.rights.at(-1)).toContain('LDI NRW');
    const text = JSON.stringify(res.body);
    for (const kamenOnly of ['Methler', 'Heeren-Werve', 'familienbuero@kamen.example', 'Stadt Kamen', '59174'])
      expect(text).not.toContain(kamenOnly);
    // Kamen's answer is untouched by the other office.
    expect((await ctx.client().get('/api/public/offices/kamen')).body.districts).not.toContain('Rünthe');
  });

  it('fills what a tenant lacks: department from the letter texts, complaint authority by state', async () => {
    await createTenant(ctx.ds, {
      name: 'Landkreis Beispiel',
      slug: 'beispiel-by',
      state: 'BY',
      settings: { privacy: { controller: '', purposes: [] }, permitTexts: { department: 'Amt für Jugend und Familie' } },
    });
    const res = await ctx.client().get('/api/public/offices/beispiel-by');
    expect(res.status).toBe(200);
    expect(res.body.department).toBe('Amt für Jugend und Familie');
    expect(res.body.privacy.controller).toContain('Landkreis Beispiel');
    expect(res.body.privacy.purposes.length).toBeGreaterThan(0);
    expect(res.body.privacy.rights.at(-1)).not.toContain('LDI NRW');
  });

  it('answers an unknown slug with 404 in the error shape', async () => {
    const res = await ctx.client().get('/api/public/offices/gibt-es-nicht');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ statusCode: 404, message: 'Jugendamt nicht gefunden.', errors: [] });
  });

  it.each(['Kamen', '%27%3B--', 'kamen%00', '%20kamen', 'ka_men', '%C3%A4', 'a'.repeat(61), '%3Cscript%3E', 'kamen%2F..'])(
    'refuses the slug %s with 400 on the field',
    async (slug) => {
      const res = await ctx.client().get(`/api/public/offices/${slug}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, errors: [expect.objectContaining({ field: 'slug', code: 'matches' })] });
    },
  );

  it('contains no personal data: no users, no childminders, no ids', async () => {
    const advisor = await createUser(ctx.ds, kamen, 'advisor', { firstName: 'Sabine', lastName: 'Krüger-Geheim' });
    const cm = await createChildminder(ctx.ds, kamen, { firstName: 'Jürgen', lastName: 'Weiß-Geheim', district: 'Methler' });
    const res = await ctx.client().get('/api/public/office');
    const text = JSON.stringify(res.body);
    for (const secret of [advisor.email, advisor.id, 'Krüger-Geheim', cm.id, String(cm.email), 'Weiß-Geheim', kamen.id])
      expect(text).not.toContain(secret);
    expect(Object.keys(res.body).sort()).toEqual(PUBLIC_KEYS);
  });

  it("still refuses a registration with another office's district (server-side check)", async () => {
    const withOther = await ctx
      .client()
      .post('/api/childminders/registrations', registrationBody({ tenantSlug: 'kamen', district: 'Rünthe' }));
    expect(withOther.status).toBe(400);
    expect(withOther.body.errors).toEqual([expect.objectContaining({ field: 'district' })]);
    const reverse = await ctx
      .client()
      .post('/api/childminders/registrations', registrationBody({ tenantSlug: 'bergkamen', district: 'Methler' }));
    expect(reverse.status).toBe(400);
    expect(reverse.body.errors).toEqual([expect.objectContaining({ field: 'district', message: expect.stringContaining('Rünthe') })]);
  });
});

describe('public office data: the configured default office', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ env: { PUBLIC_TENANT_SLUG: 'bergkamen' } });
    // Kamen as seeded before the privacy notice existed.
    await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen', settings: { privacy: undefined } });
  });
  afterAll(() => ctx.close());

  it('serves PUBLIC_TENANT_SLUG, and 404 while that office does not exist', async () => {
    const missing = await ctx.client().get('/api/public/office');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, errors: [] });
    await createTenant(ctx.ds, { name: 'Stadt Bergkamen', slug: 'bergkamen', settings: { districts: BERGKAMEN_DISTRICTS } });
    const res = await ctx.client().get('/api/public/office');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slug: 'bergkamen', districts: BERGKAMEN_DISTRICTS });
  });

  it('the migration gives an existing Kamen its notice (and nobody else), and takes it back on revert', async () => {
    const migration = ctx.ds.migrations.find((m) => m.name === 'PrivacyNotice1764500000000');
    if (!migration?.down) throw new Error('migration PrivacyNotice1764500000000 not registered');
    const rows = async () =>
      (await ctx.ds.query(`SELECT slug, settings->'privacy' AS privacy, version FROM tenant ORDER BY slug`)) as Array<{
        slug: string;
        privacy: unknown;
        version: number;
      }>;
    const kamenRow = async () => (await rows()).find((t) => t.slug === 'kamen');
    const others = async () => (await rows()).filter((t) => t.slug !== 'kamen');
    const before = { kamen: await kamenRow(), others: await others() };
    const runner = ctx.ds.createQueryRunner();
    try {
      await migration.up(runner);
      const after = await kamenRow();
      expect(after).toMatchObject({ privacy: KAMEN_PRIVACY_NOTICE, version: (before.kamen?.version ?? 0) + 1 });
      expect(await others()).toEqual(before.others);
      await migration.up(runner); // idempotent: an existing notice is kept
      expect((await kamenRow())?.version).toBe(after?.version);
      await migration.down(runner);
      expect((await kamenRow())?.privacy).toBeNull();
    } finally {
      await runner.release();
    }
  });
});
