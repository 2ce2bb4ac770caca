import { registrationBody } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

/** POST /api/childminders/registrations: the public entry of a prospective childminder. */
describe('childminder self-registration', () => {
  let ctx: TestContext;
  const count = async (table: string) => (await ctx.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const fields = (res: { body: { errors: Array<{ field: string }> } }) => res.body.errors.map((e) => e.field).sort();

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z', worker: true });
    await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
  });
  afterAll(() => ctx.close());

  const ACCEPTED = {
    message:
      'Vielen Dank! Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link darin; danach können Sie sich anmelden. Bitte sehen Sie auch im Spam-Ordner nach.',
  };

  /** The token of the newest confirmation link mailed to the address. */
  async function verificationToken(email: string): Promise<string> {
    await ctx.drain();
    const links = ctx.mail
      .to(email)
      .map((m) => /\/verify-email\?token=([A-Za-z0-9_-]{43})/.exec(m.text ?? '')?.[1])
      .filter(Boolean);
    expect(links.length).toBeGreaterThan(0);
    return links[links.length - 1]!;
  }

  /** Registers, confirms the address and signs in: the client is then the new childminder. */
  async function registerAndSignIn(body: ReturnType<typeof registrationBody>) {
    const res = await ctx.client().post('/api/childminders/registrations', body);
    expect(res.status).toBe(202);
    expect((await ctx.client().post('/api/auth/verify-email', { token: await verificationToken(body.email) })).status).toBe(204);
    const c = ctx.client();
    await c.login(body.email, body.password);
    return c;
  }

  it('creates account and file (status interested), mails the confirmation link, and records timeline and audit; no session before confirming', async () => {
    const c = ctx.client();
    const body = registrationBody({ email: 'monika.schaefer@test.example' });
    const res = await c.post('/api/childminders/registrations', body);
    expect(res.status).toBe(202);
    expect(res.body).toEqual(ACCEPTED);
    // Not signed in, and the account cannot sign in before the address is confirmed.
    expect((await c.get('/api/auth/me')).status).toBe(401);
    const early = await ctx.client().post('/api/auth/login', { email: body.email, password: body.password });
    expect(early.status).toBe(403);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'emailNotVerified' })]);
    // A wrong password still gets the generic answer: the 403 tells nothing to someone without the password.
    expect((await ctx.client().post('/api/auth/login', { email: body.email, password: 'Falsches-Passwort-123' })).status).toBe(401);

    const token = await verificationToken(body.email);
    const [welcome] = ctx.mail.to(body.email);
    expect(welcome.subject).toBe('Ihre Registrierung als Tagespflegeperson');
    expect(welcome.text).toContain('nicht hochgeladen');
    expect((await ctx.client().post('/api/auth/verify-email', { token })).status).toBe(204);
    expect((await ctx.client().post('/api/auth/verify-email', { token })).status).toBe(400);

    await c.login(body.email, body.password);
    expect((await c.get('/api/auth/me')).body).toMatchObject({ role: 'childminder', email: 'monika.schaefer@test.example' });
    const profile = await c.get('/api/childminders/me');
    expect(profile.body).toMatchObject({
      status: 'interested',
      firstName: 'Monika',
      lastName: 'Schäfer',
      email: 'monika.schaefer@test.example',
      district: 'Methler',
      address: { street: 'Weststraße 12', postcode: '59174', city: 'Kamen' },
      careLocation: { type: 'own_home', siteName: null, address: null },
      agesAccepted: { fromMonths: 4, toMonths: 36 },
      weeklyTimes: [
        { weekday: 1, from: '07:30', to: '13:00' },
        { weekday: 3, from: '07:30', to: '16:00' },
      ],
      version: 1,
    });

    const timeline = await c.get('/api/childminders/me/timeline');
    expect(timeline.body.items).toEqual([
      expect.objectContaining({ type: 'registered', actor: expect.objectContaining({ name: 'Monika Schäfer' }) }),
    ]);
    const audit = await ctx.ds.query(
      `SELECT actor_id FROM audit_event WHERE action IN ('childminder.register', 'auth.email_verified') ORDER BY action`,
      [],
    );
    expect(audit).toEqual([{ actor_id: profile.body.userId }, { actor_id: profile.body.userId }]);
    // The planned welcome mail holds a placeholder, not the link.
    const [mail] = await ctx.ds.query(`SELECT payload FROM outbox WHERE job_id LIKE 'welcome.%'`);
    expect(mail.payload.to).toBe('monika.schaefer@test.example');
    expect(mail.payload.text).toContain('{{link}}');
    expect(mail.payload.text).not.toContain(token);
  });

  it('answers a known address (any case) exactly like a new one, creates nothing and mails its owner instead', async () => {
    const known = registrationBody({ email: 'MONIKA.Schaefer@test.example' });
    const fresh = registrationBody({ email: 'ganz.neu@test.example' });
    const before = { users: await count('app_user'), files: await count('childminder') };
    const t0 = Date.now();
    const a = await ctx.client().post('/api/childminders/registrations', known);
    const t1 = Date.now();
    const b = await ctx.client().post('/api/childminders/registrations', fresh);
    const t2 = Date.now();
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body).toEqual(b.body);
    expect(t1 - t0).toBeGreaterThanOrEqual(290);
    expect(t2 - t1).toBeGreaterThanOrEqual(290);
    expect({ users: await count('app_user'), files: await count('childminder') }).toEqual({
      users: before.users + 1,
      files: before.files + 1,
    });
    await ctx.drain();
    const toOwner = ctx.mail.to('monika.schaefer@test.example').filter((m) => m.subject === 'Registrierung mit Ihrer E-Mail-Adresse');
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0].text).toContain('http://localhost:3000/forgot-password');
    expect(toOwner[0].text).not.toContain('token=');
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.registration_existing'`);
    expect(n).toBe(1);
  });

  it('resends a confirmation link on request, the same answer for any address; the newer link voids the older', async () => {
    const body = registrationBody({ email: 'nochmal@test.example' });
    await ctx.client().post('/api/childminders/registrations', body);
    const first = await verificationToken(body.email);
    const resent = await ctx.client().post('/api/auth/verify-email/resend', { email: body.email });
    const unknown = await ctx.client().post('/api/auth/verify-email/resend', { email: 'niemand@test.example' });
    const verified = await ctx.client().post('/api/auth/verify-email/resend', { email: 'monika.schaefer@test.example' });
    expect(resent.status).toBe(202);
    expect(unknown.body).toEqual(resent.body);
    expect(verified.body).toEqual(resent.body);
    const second = await verificationToken(body.email);
    expect(second).not.toBe(first);
    expect(ctx.mail.to('niemand@test.example')).toHaveLength(0);
    expect((await ctx.client().post('/api/auth/verify-email', { token: first })).status).toBe(400);
    expect((await ctx.client().post('/api/auth/verify-email', { token: second })).status).toBe(204);
    await ctx.client().login(body.email, body.password);
  });

  it('checks the cheap things before hashing the password: a bad body or office is refused at once', async () => {
    const t0 = Date.now();
    const res = await ctx.client().post('/api/childminders/registrations', registrationBody({ tenantSlug: 'gibt-es-nicht' }));
    expect(res.status).toBe(400);
    expect(Date.now() - t0).toBeLessThan(290);
  });

  it.each([
    [
      'a bad postcode',
      { address: { street: 'Weststraße 12', postcode: '5917', city: 'Kamen' } },
      ['address.postcode'],
      'Bitte eine fünfstellige Postleitzahl angeben.',
    ],
    ['a missing address', { address: undefined }, ['address'], 'Dieses Feld ist erforderlich.'],
    [
      'a malformed time',
      { weeklyTimes: [{ weekday: 1, from: '7:30', to: '12:00' }] },
      ['weeklyTimes.0.from'],
      'Bitte eine Uhrzeit im Format HH:MM angeben.',
    ],
    [
      'a time off the quarter-hour grid',
      { weeklyTimes: [{ weekday: 1, from: '07:30', to: '12:10' }] },
      ['weeklyTimes.0.to'],
      'Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).',
    ],
    [
      'an end before the start',
      {
        weeklyTimes: [
          { weekday: 2, from: '08:00', to: '12:00' },
          { weekday: 2, from: '14:00', to: '13:00' },
        ],
      },
      ['weeklyTimes.1.to'],
      'Das Ende muss nach dem Beginn liegen.',
    ],
    [
      'a weekday 8',
      { weeklyTimes: [{ weekday: 8, from: '08:00', to: '12:00' }] },
      ['weeklyTimes.0.weekday'],
      'Bitte einen Wochentag von 1 (Montag) bis 7 (Sonntag) angeben.',
    ],
    [
      'overlapping times',
      {
        weeklyTimes: [
          { weekday: 1, from: '07:00', to: '12:00' },
          { weekday: 1, from: '11:45', to: '14:00' },
        ],
      },
      ['weeklyTimes'],
      'Die Zeiten überschneiden sich mit einem anderen Zeitraum am selben Wochentag.',
    ],
    [
      'a Großtagespflege without site name',
      { careLocation: { type: 'large_day_care', address: { street: 'Am Markt 1', postcode: '59174', city: 'Kamen' } } },
      ['careLocation.siteName'],
      'Für eine Großtagespflege bitte den Namen des Standorts angeben.',
    ],
    [
      'other rooms without their address',
      { careLocation: { type: 'other_rooms' } },
      ['careLocation.address'],
      'Bitte die Adresse der Betreuungsräume angeben.',
    ],
    [
      'a bad care address',
      { careLocation: { type: 'other_rooms', address: { street: '', postcode: 'abc', city: 'Kamen' } } },
      ['careLocation.address.postcode', 'careLocation.address.street'],
      undefined,
    ],
    [
      'an age range upside down',
      { agesAccepted: { fromMonths: 36, toMonths: 12 } },
      ['agesAccepted.toMonths'],
      'Das Höchstalter darf nicht unter dem Mindestalter liegen.',
    ],
    ['an unknown care location type', { careLocation: { type: 'garden' } }, ['careLocation.type'], undefined],
    [
      'no privacy notice',
      { privacyNoticeAccepted: false },
      ['privacyNoticeAccepted'],
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
    ],
    ['a short password and a bad e-mail', { password: 'kurz', email: 'keine-mail' }, ['email', 'password'], undefined],
    ['languages that are not a list of texts', { languages: ['Deutsch', 42] }, ['languages'], undefined],
    ['an unknown field', { isAdmin: true }, ['isAdmin'], 'Dieses Feld ist nicht vorgesehen.'],
  ])('refuses %s with 400 and the field path', async (_what, over, expected, message) => {
    const before = { users: await count('app_user'), files: await count('childminder') };
    const res = await ctx.client().post('/api/childminders/registrations', registrationBody(over as Record<string, unknown>));
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Die Eingaben sind unvollständig oder ungültig.');
    expect(fields(res)).toEqual(expect.arrayContaining(expected));
    expect(new Set(fields(res))).toEqual(new Set(expected));
    if (message) expect(res.body.errors.find((e: { field: string }) => e.field === expected[0]).message).toBe(message);
    expect({ users: await count('app_user'), files: await count('childminder') }).toEqual(before);
  });

  it.each([
    [
      'a district the office does not have',
      { district: 'Dortmund-Mitte' },
      'district',
      'Bitte einen Stadtteil wählen: Mitte, Methler, Heeren-Werve, Südkamen, Derne, Rottum.',
    ],
    ['a minor', { dateOfBirth: '2010-01-01' }, 'dateOfBirth', 'Tagespflegepersonen müssen volljährig sein.'],
    ['a date of birth in the future', { dateOfBirth: '2027-01-01' }, 'dateOfBirth', 'Das Datum darf nicht in der Zukunft liegen.'],
    ['an unknown office', { tenantSlug: 'gibt-es-nicht' }, 'tenantSlug', 'Unbekanntes Jugendamt.'],
  ])('refuses %s (server-side check) with 400', async (_what, over, field, message) => {
    const res = await ctx.client().post('/api/childminders/registrations', registrationBody(over));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field, message })]);
  });

  it('a large day care site keeps site name and care address; own home drops a sent care address', async () => {
    const large = await registerAndSignIn(
      registrationBody({
        careLocation: {
          type: 'large_day_care',
          siteName: ' Großtagespflege Sonnenschein ',
          address: { street: 'Am Markt 3', postcode: '59174', city: 'Kamen' },
        },
      }),
    );
    expect((await large.get('/api/childminders/me')).body.careLocation).toEqual({
      type: 'large_day_care',
      siteName: 'Großtagespflege Sonnenschein',
      address: { street: 'Am Markt 3', postcode: '59174', city: 'Kamen' },
    });
    const own = await registerAndSignIn(
      registrationBody({ careLocation: { type: 'own_home', siteName: 'x', address: { street: 'X', postcode: '59174', city: 'Kamen' } } }),
    );
    expect((await own.get('/api/childminders/me')).body.careLocation).toEqual({ type: 'own_home', siteName: null, address: null });
  });

  it('needs the CSRF token like every write', async () => {
    const res = await ctx.client().post('/api/childminders/registrations', registrationBody(), { xsrf: false });
    expect(res.status).toBe(403);
  });

  it('a signed-in account without a file gets a clear 404 on /me', async () => {
    const t = (await ctx.ds.query(`SELECT id FROM tenant WHERE slug = 'kamen'`))[0];
    const u = await createUser(ctx.ds, { id: t.id, name: 'Kamen' }, 'childminder');
    const c = ctx.client();
    await c.login(u.email, TEST_PASSWORD);
    const res = await c.get('/api/childminders/me');
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Für Ihr Konto gibt es noch kein Profil als Tagespflegeperson.');
  });
});

describe('childminder self-registration: rate limit', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ env: { LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' } });
    await createTenant(ctx.ds, { slug: 'kamen' });
  });
  afterAll(() => ctx.close());

  it('counts attempts per client address and e-mail like login (429 after the limit)', async () => {
    const c = ctx.client();
    const body = registrationBody({ email: 'viele-versuche@test.example', password: 'kurz' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await c.post('/api/childminders/registrations', body)).status);
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
    // Another e-mail from the same address is not locked out.
    expect((await c.post('/api/childminders/registrations', registrationBody())).status).toBe(202);
  });
});
