import { createChild, createTenant, createUser, TEST_PASSWORD, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient, ApiResponse } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/**
 * Walks every operation of the OpenAPI document as every role and without a session, and sends
 * malformed and hostile input. Whatever the endpoint, the answer is a 4xx (or 2xx) in the error
 * shape, never a 5xx. New endpoints are covered automatically.
 */
describe('OpenAPI sweep: hostile input on every endpoint', () => {
  let ctx: TestContext;
  let spec: { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>; components: { schemas: Record<string, { properties?: Record<string, { type?: string }> }> } };
  const clients: Record<string, ApiClient> = {};
  let childId: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    const t = await createTenant(ctx.ds);
    const users: Record<string, UserFixture> = {};
    for (const role of ['admin', 'advisor', 'childminder', 'parent'] as const) {
      users[role] = await createUser(ctx.ds, t, role);
      clients[role] = ctx.client();
      await clients[role].login(users[role].email, TEST_PASSWORD);
    }
    clients['anonymous'] = ctx.client();
    childId = (await createChild(ctx.ds, users['parent'])).id;
    spec = (await ctx.client().get('/api/docs/openapi.json')).body;
  });
  afterAll(() => ctx.close());

  const long = 'ä'.repeat(100_000);
  const hostileValues: unknown[] = [null, 12345, -1, true, {}, [], long, '<script>alert(1)</script>', "' OR '1'='1", '\u0000', { $gt: '' }, '2026-02-30'];

  function bodiesFor(schemaRef: string | undefined): Array<{ raw?: string; body?: unknown }> {
    const out: Array<{ raw?: string; body?: unknown }> = [
      { raw: '{"a":' },
      { raw: '[]' },
      { raw: 'null' },
      { raw: '"text"' },
      { raw: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}' },
      { body: {} },
      { body: { unexpected: 'field' } },
    ];
    const name = schemaRef?.split('/').pop();
    const props = name ? Object.keys(spec.components.schemas[name]?.properties ?? {}) : [];
    for (const v of hostileValues) out.push({ body: Object.fromEntries(props.map((p) => [p, v])) });
    return out;
  }

  const pathVariants = (path: string) =>
    path.includes('{')
      ? ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '%27%3B--', 'ä'.repeat(300)].map((v) => path.replace(/\{[^}]+\}/g, v)).concat(path.replace(/\{[^}]+\}/g, childId))
      : [path, `${path}?page=-1&pageSize=abc&role=%00&action[]=x`];

  it('never answers 5xx', async () => {
    const failures: string[] = [];
    let requests = 0;
    const check = (label: string, res: ApiResponse) => {
      requests++;
      if (res.status >= 500 || typeof res.body?.statusCode !== 'number' && res.status >= 400) failures.push(`${label} -> ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      if (res.status >= 400 && !Array.isArray(res.body?.errors)) failures.push(`${label} -> ${res.status} without errors[]`);
    };
    for (const [path, ops] of Object.entries(spec.paths)) {
      if (path === '/api/auth/logout') continue; // would end the sessions this sweep uses
      for (const [method, op] of Object.entries(ops)) {
        const schemaRef = op.requestBody?.content?.['application/json']?.schema?.$ref;
        for (const [who, client] of Object.entries(clients)) {
          for (const url of pathVariants(path)) {
            if (method === 'get') check(`${who} GET ${url}`, await client.get(url));
            else for (const b of bodiesFor(schemaRef)) check(`${who} ${method.toUpperCase()} ${url} ${b.raw ?? JSON.stringify(b.body).slice(0, 60)}`, await client.send(method as 'post', url, b.body, { raw: b.raw }));
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(200);
    // Nothing was polluted: no object suddenly carries an isAdmin flag.
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    // Thousands of requests: allow for a busy CI machine.
  }, 300_000);
});
