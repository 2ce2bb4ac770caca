import { createTenant, createUser } from '../../../fixtures/factories';
import { careRequestBody } from '../../../fixtures/placements';
import { TestContext } from '../../../support/test-app';

const PASSWORD = 'ein-sicheres-passwort-2026';

/** POST /api/parents/registrations: parents register on the public page, confirm, then ask for care. */
describe('parent self-registration', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-11-25T09:00:00Z' });
    await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
  });
  afterAll(() => ctx.close());

  const body = (email: string, over: Record<string, unknown> = {}) => ({
    tenantSlug: 'kamen',
    email,
    password: PASSWORD,
    firstName: 'Anna',
    lastName: 'Schröder',
    phone: '02307 123456',
    privacyNoticeAccepted: true,
    ...over,
  });

  async function verificationToken(email: string): Promise<string | undefined> {
    await ctx.drain();
    return ctx.mail
      .to(email)
      .map((m) => /\/verify-email\?token=([A-Za-z0-9_-]{43})/.exec(m.text ?? '')?.[1])
      .filter(Boolean)
      .at(-1);
  }

  it('answers 202, signs in only after the e-mail is confirmed, then the parent adds a child and asks for care', async () => {
    const c = ctx.client();
    const res = await c.post('/api/parents/registrations', body('anna.schroeder@test.example'));
    expect(res.status).toBe(202);
    expect(res.headers['set-cookie']?.toString() ?? '').not.toContain('lotse.sid');
    const early = await ctx.client().post('/api/auth/login', { email: 'anna.schroeder@test.example', password: PASSWORD });
    expect(early.status).toBe(403);
    const token = await verificationToken('anna.schroeder@test.example');
    expect(token).toBeTruthy();
    expect((await ctx.client().post('/api/auth/verify-email', { token })).status).toBe(204);
    const p = ctx.client();
    await p.login('anna.schroeder@test.example', PASSWORD);
    expect((await p.get('/api/auth/me')).body).toMatchObject({ role: 'parent', displayName: 'Anna Schröder' });
    const child = await p.post('/api/children', { firstName: 'Paul', lastName: 'Schröder', dateOfBirth: '2026-01-20' });
    expect(child.status).toBe(201);
    const req = await p.post('/api/care-requests', careRequestBody(child.body.id));
    expect(req.status).toBe(201);
    expect(req.body.entitled).toBe(true);
  });

  it('gives a known address the same answer and tells its owner instead (no enumeration, no second account)', async () => {
    const tenantRows = await ctx.ds.query(`SELECT id FROM tenant WHERE slug = 'kamen'`);
    const existing = await createUser(ctx.ds, { id: tenantRows[0].id, name: 'Stadt Kamen' }, 'parent', { email: 'vorhanden@test.example' });
    const known = await ctx.client().post('/api/parents/registrations', body('VORHANDEN@test.example'));
    const unknown = await ctx.client().post('/api/parents/registrations', body('neu-hier@test.example'));
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM app_user WHERE lower(email) = 'vorhanden@test.example'`);
    expect(n).toBe(1);
    await ctx.drain();
    expect(ctx.mail.to(existing.email).length).toBe(1);
    expect(ctx.mail.to(existing.email)[0].text).not.toMatch(/verify-email/);
  });

  it.each([
    ['no privacy consent', { privacyNoticeAccepted: false }, 'privacyNoticeAccepted'],
    ['a short password', { password: 'kurz' }, 'password'],
    ['a bad e-mail', { email: 'keine-adresse' }, 'email'],
    ['an unknown office', { tenantSlug: 'atlantis' }, 'tenantSlug'],
  ])('refuses %s with a field error and creates nothing', async (_what, over, field) => {
    const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n;
    const res = await ctx.client().post('/api/parents/registrations', body(`x-${Math.random().toString(36).slice(2)}@test.example`, over));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n).toBe(before);
  });
});
