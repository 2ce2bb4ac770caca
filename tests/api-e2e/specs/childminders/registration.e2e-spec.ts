import { registrationBody } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

/** POST /api/childminders/registrations: the public entry of a prospective childminder. */
describe('childminder self-registration', () => {
  let ctx: TestContext;
  const count = async (table: string) => (await ctx.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const fields = (res: { body: { errors: Array<{ field: string }> } }) => res.body.errors.map((e) => e.field).sort();

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
  });
  afterAll(() => ctx.close());

  it('creates account and file (status interested), signs in, and records timeline, audit and welcome mail', async () => {
    const c = ctx.client();
    const body = registrationBody({ email: 'monika.schaefer@test.example' });
    const res = await c.post('/api/childminders/registrations', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
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
    // Signed in as the new childminder.
    const me = await c.get('/api/auth/me');
    expect(me.body).toMatchObject({ role: 'childminder', email: 'monika.schaefer@test.example' });
    expect((await c.get('/api/childminders/me')).body.id).toBe(res.body.id);
    // The new account can also sign in with its password.
    await ctx.client().login('monika.schaefer@test.example', body.password);

    const timeline = await c.get('/api/childminders/me/timeline');
    expect(timeline.body.items).toEqual([expect.objectContaining({ type: 'registered', actor: expect.objectContaining({ name: 'Monika Schäfer' }) })]);
    const audit = await ctx.ds.query(`SELECT actor_id, ip FROM audit_event WHERE action = 'childminder.register' AND target_id = $1`, [res.body.id]);
    expect(audit).toEqual([expect.objectContaining({ actor_id: res.body.userId })]);
    const [mail] = await ctx.ds.query(`SELECT payload FROM outbox WHERE job_id = $1`, [`welcome.${res.body.id}`]);
    expect(mail.payload.to).toBe('monika.schaefer@test.example');
    expect(mail.payload.text).toContain('nicht hochgeladen');
  });

  it('refuses a taken e-mail (any case) with 409 on the field', async () => {
    const res = await ctx.client().post('/api/childminders/registrations', registrationBody({ email: 'MONIKA.Schaefer@test.example' }));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'unique' })]);
  });

  it.each([
    ['a bad postcode', { address: { street: 'Weststraße 12', postcode: '5917', city: 'Kamen' } }, ['address.postcode'], 'Bitte eine fünfstellige Postleitzahl angeben.'],
    ['a missing address', { address: undefined }, ['address'], 'Dieses Feld ist erforderlich.'],
    ['a malformed time', { weeklyTimes: [{ weekday: 1, from: '7:30', to: '12:00' }] }, ['weeklyTimes.0.from'], 'Bitte eine Uhrzeit im Format HH:MM angeben.'],
    ['a time off the quarter-hour grid', { weeklyTimes: [{ weekday: 1, from: '07:30', to: '12:10' }] }, ['weeklyTimes.0.to'], 'Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).'],
    [
      'an end before the start',
      { weeklyTimes: [{ weekday: 2, from: '08:00', to: '12:00' }, { weekday: 2, from: '14:00', to: '13:00' }] },
      ['weeklyTimes.1.to'],
      'Das Ende muss nach dem Beginn liegen.',
    ],
    ['a weekday 8', { weeklyTimes: [{ weekday: 8, from: '08:00', to: '12:00' }] }, ['weeklyTimes.0.weekday'], 'Bitte einen Wochentag von 1 (Montag) bis 7 (Sonntag) angeben.'],
    [
      'overlapping times',
      { weeklyTimes: [{ weekday: 1, from: '07:00', to: '12:00' }, { weekday: 1, from: '11:45', to: '14:00' }] },
      ['weeklyTimes'],
      'Die Zeiten überschneiden sich mit einem anderen Zeitraum am selben Wochentag.',
    ],
    ['a Großtagespflege without site name', { careLocation: { type: 'large_day_care', address: { street: 'Am Markt 1', postcode: '59174', city: 'Kamen' } } }, ['careLocation.siteName'], 'Für eine Großtagespflege bitte den Namen des Standorts angeben.'],
    ['other rooms without their address', { careLocation: { type: 'other_rooms' } }, ['careLocation.address'], 'Bitte die Adresse der Betreuungsräume angeben.'],
    ['a bad care address', { careLocation: { type: 'other_rooms', address: { street: '', postcode: 'abc', city: 'Kamen' } } }, ['careLocation.address.postcode', 'careLocation.address.street'], undefined],
    ['an age range upside down', { agesAccepted: { fromMonths: 36, toMonths: 12 } }, ['agesAccepted.toMonths'], 'Das Höchstalter darf nicht unter dem Mindestalter liegen.'],
    ['an unknown care location type', { careLocation: { type: 'garden' } }, ['careLocation.type'], undefined],
    ['no privacy notice', { privacyNoticeAccepted: false }, ['privacyNoticeAccepted'], 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.'],
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
    ['a district the office does not have', { district: 'Dortmund-Mitte' }, 'district', 'Bitte einen Stadtteil wählen: Mitte, Methler, Heeren-Werve, Südkamen, Derne, Rottum.'],
    ['a minor', { dateOfBirth: '2010-01-01' }, 'dateOfBirth', 'Tagespflegepersonen müssen volljährig sein.'],
    ['a date of birth in the future', { dateOfBirth: '2027-01-01' }, 'dateOfBirth', 'Das Datum darf nicht in der Zukunft liegen.'],
    ['an unknown office', { tenantSlug: 'gibt-es-nicht' }, 'tenantSlug', 'Unbekanntes Jugendamt.'],
  ])('refuses %s (server-side check) with 400', async (_what, over, field, message) => {
    const res = await ctx.client().post('/api/childminders/registrations', registrationBody(over));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field, message })]);
  });

  it('a large day care site keeps site name and care address; own home drops a sent care address', async () => {
    const c = ctx.client();
    const res = await c.post(
      '/api/childminders/registrations',
      registrationBody({ careLocation: { type: 'large_day_care', siteName: ' Großtagespflege Sonnenschein ', address: { street: 'Am Markt 3', postcode: '59174', city: 'Kamen' } } }),
    );
    expect(res.status).toBe(201);
    expect(res.body.careLocation).toEqual({ type: 'large_day_care', siteName: 'Großtagespflege Sonnenschein', address: { street: 'Am Markt 3', postcode: '59174', city: 'Kamen' } });
    const own = await ctx.client().post('/api/childminders/registrations', registrationBody({ careLocation: { type: 'own_home', siteName: 'x', address: { street: 'X', postcode: '59174', city: 'Kamen' } } }));
    expect(own.body.careLocation).toEqual({ type: 'own_home', siteName: null, address: null });
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
    expect((await c.post('/api/childminders/registrations', registrationBody())).status).toBe(201);
  });
});
