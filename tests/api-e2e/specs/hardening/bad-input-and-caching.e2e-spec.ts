import { createChildminder, recordEvidence, SAMPLE_FILES, type ChildminderFixture } from '../../../fixtures/childminders';
import { createChild, createTenant, createUser, TEST_PASSWORD } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const JSON_LIMIT = 1024 * 1024;

/** Issue 10, items 5 and 6: bad input never yields a 500; personal data is never cached. */
describe('hardening: bad input and caching', () => {
  let ctx: TestContext;
  let parent: ApiClient;
  let advisor: ApiClient;
  let me: ApiClient;
  let cm: ChildminderFixture;
  let childId: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    const t = await createTenant(ctx.ds);
    const p = await createUser(ctx.ds, t, 'parent');
    const a = await createUser(ctx.ds, t, 'advisor');
    cm = await createChildminder(ctx.ds, t);
    childId = (await createChild(ctx.ds, p)).id;
    parent = ctx.client();
    await parent.login(p.email, TEST_PASSWORD);
    advisor = ctx.client();
    await advisor.login(a.email, TEST_PASSWORD);
    me = ctx.client();
    await me.login(cm.user!.email, TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  describe('deeply nested JSON bodies', () => {
    it.each([
      ['an object nested 5000 levels', deepObject(5000)],
      ['an array nested 5000 levels', deepArray(5000)],
      ['an object nested 33 levels', deepObject(33)],
    ])('%s: 400 with the usual error shape', async (_what, raw) => {
      for (const [client, url] of [
        [parent, '/api/children'],
        [parent, `/api/children/${childId}`],
        [advisor, '/api/childminders'],
      ] as const) {
        const res = await client.send(url.includes(childId) ? 'patch' : 'post', url, undefined, { raw });
        expect({ url, status: res.status }).toEqual({ url, status: 400 });
        expect(res.body).toMatchObject({ statusCode: 400, message: 'Der Inhalt der Anfrage ist zu tief verschachtelt.', errors: [] });
      }
    });

    it('nesting up to 32 levels still reaches validation (field errors)', async () => {
      const res = await parent.post('/api/children', undefined, { raw: `{"firstName":${deepObject(31)}}` });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('Die Eingaben sind unvollständig oder ungültig.');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('firstName');
    });

    it('brackets inside strings do not count', async () => {
      const res = await parent.post('/api/children', { firstName: '"['.repeat(50), lastName: '\\{'.repeat(50), dateOfBirth: '2025-01-01' });
      expect(res.status).toBe(201);
    });
  });

  describe('body size limit', () => {
    it('a JSON body of exactly the limit is parsed (field errors); one byte more is 413', async () => {
      const pad = JSON_LIMIT - Buffer.byteLength(JSON.stringify({ firstName: '' }));
      const at = JSON.stringify({ firstName: 'x'.repeat(pad) });
      expect(Buffer.byteLength(at)).toBe(JSON_LIMIT);
      const ok = await parent.post('/api/children', undefined, { raw: at });
      expect(ok.status).toBe(400);
      expect(ok.body.errors.length).toBeGreaterThan(0);
      const over = await parent.post('/api/children', undefined, { raw: JSON.stringify({ firstName: 'x'.repeat(pad + 1) }) });
      expect(over.status).toBe(413);
      expect(over.body).toMatchObject({ statusCode: 413, errors: [] });
    });
  });

  describe('malformed XSRF-TOKEN cookie', () => {
    it.each(['%', '%E0%A4%A', '%ZZ', 'ä%'])('cookie %p: 403 (CSRF), never 500', async (cookie) => {
      for (const client of [parent, ctx.client()]) {
        const res = await client.post(
          '/api/children',
          { firstName: 'Lena', lastName: 'Muster', dateOfBirth: '2025-01-01' },
          { xsrfCookie: cookie },
        );
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({
          statusCode: 403,
          message: 'Sicherheitsprüfung fehlgeschlagen (CSRF). Bitte laden Sie die Seite neu.',
          errors: [],
        });
      }
      // The refusal handed out a fresh token: the next request passes.
      const again = await parent.post('/api/children', { firstName: 'Lena', lastName: 'Muster', dateOfBirth: '2025-01-01' });
      expect(again.status).toBe(201);
    });
  });

  describe('Cache-Control', () => {
    it.each([
      ['parent', '/api/auth/me'],
      ['parent', '/api/children'],
      ['parent', `/api/children/${'{child}'}`],
      ['advisor', '/api/childminders'],
      ['advisor', '/api/evidence/reminders'],
      ['advisor', '/api/permits'],
      ['advisor', '/api/permit-applications'],
      ['anonymous', '/api/auth/me'],
      ['anonymous', '/api/nonexistent'],
    ])('%s GET %s: no-store', async (who, path) => {
      const client = who === 'parent' ? parent : who === 'advisor' ? advisor : ctx.client();
      const res = await client.get(path.replace('{child}', childId));
      expect(res.headers['cache-control']).toMatch(/no-store/);
    });

    it('errors and writes: no-store', async () => {
      const res = await parent.post('/api/children', { firstName: '' });
      expect(res.status).toBe(400);
      expect(res.headers['cache-control']).toMatch(/no-store/);
    });

    it('document downloads (own and staff): no-store', async () => {
      const item = await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2026-03-01', units: 9 });
      const up = await me.upload(`/api/childminders/me/evidence/${item.id}/documents`, { data: SAMPLE_FILES.pdf, filename: 'a.pdf' });
      expect(up.status).toBe(201);
      const own = await me.download(`/api/childminders/me/documents/${up.body.id}/content`);
      expect(own.status).toBe(200);
      expect(own.headers['cache-control']).toMatch(/no-store/);
      const staff = await advisor.download(`/api/childminders/${cm.id}/documents/${up.body.id}/content`);
      expect(staff.status).toBe(200);
      expect(staff.headers['cache-control']).toMatch(/no-store/);
    });

    it('public, static answers may be cached: the OpenAPI document', async () => {
      for (const path of ['/api/docs/openapi.json']) {
        const res = await ctx.client().get(path);
        expect(res.status).toBe(200);
        expect(res.headers['cache-control'] ?? '').not.toMatch(/no-store/);
      }
    });
  });
});
