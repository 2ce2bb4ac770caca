import { createChildminder } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/**
 * Issue 10, item 3: changing the login e-mail needs the current password (own profile), takes
 * effect only when the link mailed to the NEW address is opened, and tells the OLD address.
 * Before, a childminder's file PATCH switched the login at once, without any of that.
 */
describe('POST /api/auth/email-change, POST /api/auth/email-change/confirm', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
  });
  afterAll(() => ctx.close());

  const signedIn = async (u: UserFixture, email = u.email) => {
    const c = ctx.client();
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  const loginStatus = async (email: string) => (await ctx.client().post('/api/auth/login', { email, password: TEST_PASSWORD })).status;
  async function confirmToken(address: string): Promise<string> {
    await ctx.drain();
    const mail = ctx.mail.to(address).find((m) => m.subject?.startsWith('Neue E-Mail-Adresse bestätigen'));
    const token = /\/confirm-email\?token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();
    return token!;
  }
  const change = (c: ApiClient, newEmail: string, currentPassword = TEST_PASSWORD) =>
    c.post('/api/auth/email-change', { newEmail, currentPassword });
  const audit = (u: UserFixture) =>
    ctx.ds.query(
      `SELECT action, outcome, actor_id, details FROM audit_event WHERE target_id = $1 AND action LIKE 'auth.email_%' ORDER BY occurred_at, action`,
      [u.id],
    );

  it('needs the current password: a wrong one is refused (400, audited) and nothing is mailed', async () => {
    const user = await createUser(ctx.ds, tenant, 'parent');
    const c = await signedIn(user);
    const res = await change(c, 'neu-1@test.example', 'falsches-passwort');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'currentPasswordWrong' })]);
    await ctx.drain();
    expect(ctx.mail.to('neu-1@test.example')).toHaveLength(0);
    expect(await audit(user)).toEqual([expect.objectContaining({ action: 'auth.email_change_requested', outcome: 'denied' })]);
  });

  it('takes effect only when the link to the new address is opened; the old address gets a notice; other sessions end', async () => {
    const user = await createUser(ctx.ds, tenant, 'parent', { firstName: 'Lukas', lastName: 'Wagner' });
    const c = await signedIn(user);
    const elsewhere = await signedIn(user);
    const res = await change(c, 'Lukas.Neu@test.example');
    expect(res.status).toBe(202);
    expect(res.body.message).toContain('neue Adresse');

    // Nothing changed yet.
    expect((await c.get('/api/auth/me')).body.email).toBe(user.email);
    expect(await loginStatus(user.email)).toBe(200);
    const token = await confirmToken('lukas.neu@test.example');
    const notice = ctx.mail.to(user.email).find((m) => m.subject === 'Änderung Ihrer E-Mail-Adresse');
    expect(notice?.text).toContain('Lukas.Neu@test.example');
    expect(notice?.text).not.toContain('token=');

    expect((await c.post('/api/auth/email-change/confirm', { token })).status).toBe(204);
    expect((await c.post('/api/auth/email-change/confirm', { token })).status).toBe(400);
    expect((await c.get('/api/auth/me')).body.email).toBe('Lukas.Neu@test.example');
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect(await loginStatus(user.email)).toBe(401);
    expect(await loginStatus('lukas.neu@test.example')).toBe(200);
    expect(await audit(user)).toEqual([
      expect.objectContaining({ action: 'auth.email_change_requested', outcome: 'ok', actor_id: user.id, details: { by: 'self' } }),
      // `elsewhere` and the probe login above; `c` opened the link and stays.
      expect.objectContaining({ action: 'auth.email_changed', outcome: 'ok', actor_id: user.id, details: { sessionsEnded: 2 } }),
    ]);
  });

  it('answers a taken address like any other but sends it no link; an address taken meanwhile gives 409 at confirmation', async () => {
    const user = await createUser(ctx.ds, tenant, 'advisor');
    const other = await createUser(ctx.ds, tenant, 'parent');
    const c = await signedIn(user);
    expect((await change(c, other.email)).status).toBe(202);
    await ctx.drain();
    expect(ctx.mail.to(other.email)).toHaveLength(0);

    expect((await change(c, 'bald-vergeben@test.example')).status).toBe(202);
    const token = await confirmToken('bald-vergeben@test.example');
    await createUser(ctx.ds, tenant, 'parent', { email: 'bald-vergeben@test.example' });
    const res = await ctx.client().post('/api/auth/email-change/confirm', { token });
    expect(res.status).toBe(409);
    expect((await c.get('/api/auth/me')).body.email).toBe(user.email);
  });

  it('refuses the same address and malformed input with field errors', async () => {
    const user = await createUser(ctx.ds, tenant, 'parent');
    const c = await signedIn(user);
    expect((await change(c, user.email.toUpperCase())).body.errors).toEqual([
      expect.objectContaining({ field: 'newEmail', code: 'emailSame' }),
    ]);
    expect((await change(c, 'keine-mail')).body.errors.map((e: { field: string }) => e.field)).toEqual(['newEmail']);
    expect((await ctx.client().post('/api/auth/email-change', { newEmail: 'x@test.example', currentPassword: 'x' })).status).toBe(401);
    expect((await ctx.client().post('/api/auth/email-change/confirm', { token: 'nicht-gueltig' })).status).toBe(400);
  });

  it("staff change a childminder's login e-mail on her file without password: link to the new address, notice to the old, audited", async () => {
    const cm = await createChildminder(ctx.ds, tenant);
    const advisor = await createUser(ctx.ds, tenant, 'advisor');
    const a = await signedIn(advisor);
    const version = (await a.get(`/api/childminders/${cm.id}`)).body.version;
    const res = await a.patch(`/api/childminders/${cm.id}`, { email: 'tpp-neu@test.example', version });
    expect(res.status).toBe(200);
    // Before: the login switched here at once. Now the file and the account keep the old address.
    expect(res.body.email).toBe(cm.email);
    expect(await loginStatus(cm.email!)).toBe(200);
    const token = await confirmToken('tpp-neu@test.example');
    const notice = ctx.mail.to(cm.email!).find((m) => m.subject === 'Änderung Ihrer E-Mail-Adresse');
    expect(notice?.text).toContain('die Fachberatung hat beantragt');
    expect(await audit(cm.user!)).toEqual([
      expect.objectContaining({ action: 'auth.email_change_requested', actor_id: advisor.id, details: { by: 'staff' } }),
    ]);

    expect((await ctx.client().post('/api/auth/email-change/confirm', { token })).status).toBe(204);
    expect(await loginStatus('tpp-neu@test.example')).toBe(200);
    expect((await a.get(`/api/childminders/${cm.id}`)).body.email).toBe('tpp-neu@test.example');

    // A taken address is refused on the file's field.
    const other = await createUser(ctx.ds, tenant, 'parent');
    const v2 = (await a.get(`/api/childminders/${cm.id}`)).body.version;
    const taken = await a.patch(`/api/childminders/${cm.id}`, { email: other.email, version: v2 });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'unique' })]);
  });

  it('the childminder herself cannot switch her login through the file (needs her password in the profile)', async () => {
    const cm = await createChildminder(ctx.ds, tenant);
    const c = await signedIn(cm.user!);
    const version = (await c.get('/api/childminders/me')).body.version;
    const res = await c.patch('/api/childminders/me', { email: 'ohne-passwort@test.example', version });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'loginEmail' })]);
    await ctx.drain();
    expect(ctx.mail.to('ohne-passwort@test.example')).toHaveLength(0);
  });
});
