import { createTenant, createUser, TEST_PASSWORD, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** Bad input gets 400 with German messages per field, and nothing is written. */
describe('field-level validation errors', () => {
  let ctx: TestContext;
  let parent: UserFixture;
  let admin: UserFixture;
  let asParent: ApiClient;
  let asAdmin: ApiClient;

  const fields = (res: { body: { errors: Array<{ field: string }> } }) => res.body.errors.map((e) => e.field).sort();
  const count = async (table: string) => (await ctx.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    const t = await createTenant(ctx.ds);
    parent = await createUser(ctx.ds, t, 'parent');
    admin = await createUser(ctx.ds, t, 'admin');
    asParent = ctx.client();
    await asParent.login(parent.email, TEST_PASSWORD);
    asAdmin = ctx.client();
    await asAdmin.login(admin.email, TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('POST /api/children: every wrong field is named, in German', async () => {
    const before = await count('child');
    const res = await asParent.post('/api/children', { firstName: '', lastName: 42, dateOfBirth: '2025-13-45', notes: 'x'.repeat(2001) });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Die Eingaben sind unvollständig oder ungültig.');
    expect(fields(res)).toEqual(expect.arrayContaining(['dateOfBirth', 'firstName', 'lastName', 'notes']));
    const dob = res.body.errors.find((e: { field: string }) => e.field === 'dateOfBirth');
    expect(dob.message).toBe('Bitte ein gültiges Datum im Format JJJJ-MM-TT angeben.');
    expect(await count('child')).toBe(before);
  });

  it('POST /api/children: a date of birth in the future is refused', async () => {
    const res = await asParent.post('/api/children', { firstName: 'Lena', lastName: 'Muster', dateOfBirth: '2027-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'dateOfBirth', message: 'Das Geburtsdatum darf nicht in der Zukunft liegen.', code: 'notFuture' },
    ]);
  });

  it('POST /api/children: unknown fields are refused, not silently dropped', async () => {
    const res = await asParent.post('/api/children', {
      firstName: 'Lena',
      lastName: 'Muster',
      dateOfBirth: '2025-01-01',
      parentId: admin.id,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'parentId', message: 'Dieses Feld ist nicht vorgesehen.', code: 'whitelistValidation' }]);
  });

  it('POST /api/children: a valid child is created and belongs to the signed-in parent', async () => {
    const res = await asParent.post('/api/children', { firstName: ' Lena ', lastName: 'Müller-Lüdenscheidt', dateOfBirth: '2025-01-01' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ firstName: 'Lena', lastName: 'Müller-Lüdenscheidt', parentId: parent.id, dateOfBirth: '2025-01-01' });
    const audit = await ctx.ds.query(`SELECT 1 FROM audit_event WHERE action = 'child.create' AND target_id = $1`, [res.body.id]);
    expect(audit).toHaveLength(1);
  });

  it.each([
    ['malformed JSON', '{"firstName": "Lena",', 'Der Inhalt der Anfrage ist kein gültiges JSON.'],
    ['an array', '[1,2,3]', 'Die Eingaben sind unvollständig oder ungültig.'],
    ['a string', '"Lena"', undefined],
    ['null', 'null', undefined],
  ])('POST /api/children with %s gives 400, never 500', async (_what, raw, message) => {
    const res = await asParent.post('/api/children', undefined, { raw });
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
    expect(Array.isArray(res.body.errors)).toBe(true);
    if (message) expect(res.body.message).toBe(message);
  });

  it('POST /api/users: e-mail, role, password and phone are checked', async () => {
    const before = await count('app_user');
    const res = await asAdmin.post('/api/users', {
      email: 'kein-at-zeichen',
      firstName: 'A',
      lastName: 'B',
      role: 'superuser',
      password: 'kurz',
      phone: 'abc',
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['email', 'password', 'phone', 'role']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'email').message).toBe('Bitte eine gültige E-Mail-Adresse angeben.');
    expect(await count('app_user')).toBe(before);
  });

  it('POST /api/users: a taken e-mail gives 409 on the field', async () => {
    const res = await asAdmin.post('/api/users', {
      email: parent.email.toUpperCase(),
      firstName: 'A',
      lastName: 'B',
      role: 'parent',
      password: 'ein-langes-passwort',
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({ field: 'email', code: 'unique' });
  });

  it('PATCH /api/users/me: a stale version gives 409 and changes nothing', async () => {
    const me = (await asParent.get('/api/users/me')).body;
    const ok = await asParent.patch('/api/users/me', { phone: '02307 123456', version: me.version });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(me.version + 1);
    const stale = await asParent.patch('/api/users/me', { phone: '0000 999999', version: me.version });
    expect(stale.status).toBe(409);
    expect((await asParent.get('/api/users/me')).body.phone).toBe('02307 123456');
    const audit = await ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'user.update' AND actor_id = $1`, [parent.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ fields: ['phone'] });
  });

  it.each(['not-a-uuid', '1%20OR%201=1', '..%2F..%2Fetc%2Fpasswd', "'%3B%20DROP%20TABLE%20child%3B--"])(
    'GET /api/children/%s gives 400',
    async (id) => {
      const res = await asParent.get(`/api/children/${id}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'id', code: 'isUuid' });
    },
  );

  it.each(['page=0', 'page=abc', 'pageSize=100000', 'action=nope', 'actorId=x'])(
    'GET /api/audit?%s gives 400 with the field',
    async (q) => {
      const res = await asAdmin.get(`/api/audit?${q}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe(q.split('=')[0]);
    },
  );
});
