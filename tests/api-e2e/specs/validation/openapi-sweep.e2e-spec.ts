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
  let spec: {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
    components: { schemas: Record<string, { properties?: Record<string, { type?: string }> }> };
  };
  const clients: Record<string, ApiClient> = {};
  let childId: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    const t = await createTenant(ctx.ds);
    const users: Record<string, UserFixture> = {};
    for (const role of ['admin', 'advisor', 'childminder', 'parent', 'operator'] as const) {
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
  const hostileValues: unknown[] = [
    null,
    12345,
    -1,
    true,
    {},
    [],
    long,
    '<script>alert(1)</script>',
    "' OR '1'='1",
    '\u0000',
    { $gt: '' },
    '2026-02-30',
  ];

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
      ? ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '%27%3B--', 'ä'.repeat(300)]
          .map((v) => path.replace(/\{[^}]+\}/g, v))
          .concat(path.replace(/\{[^}]+\}/g, childId))
      : [path, `${path}?page=-1&pageSize=abc&role=%00&action[]=x`];

  const DEEP_BODIES = ['{"a":'.repeat(5000) + '1' + '}'.repeat(5000), '['.repeat(5000) + ']'.repeat(5000)];
  const MALFORMED_XSRF_COOKIES = ['%E0%A4%A', '%'];
  const JSON_LIMIT = 1024 * 1024;
  /**
   * Each client (role) walks its requests in order — its cookie jar is its own — while the clients
   * run side by side: the same requests as one after the other, in a fraction of the time.
   */
  const perClient = async (who: string[], walk: (who: string, client: ApiClient) => Promise<void>) => {
    await Promise.all(who.map((w) => walk(w, clients[w])));
  };
  const everyone = () => Object.keys(clients);

  const operations = () =>
    Object.entries(spec.paths)
      .filter(([path]) => path !== '/api/auth/logout')
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ path, method, url: path.replace(/\{[^}]+\}/g, childId) })));

  // Body parsing comes before every guard, so the answer is the same 400 for every role and route.
  it('refuses deeply nested JSON with 400 on every operation, for every role', async () => {
    const failures: string[] = [];
    await perClient(everyone(), async (who, client) => {
      for (const { method, url } of operations()) {
        if (method === 'get') continue;
        for (const raw of DEEP_BODIES) {
          const res = await client.send(method as 'post', url, undefined, { raw });
          if (
            res.status !== 400 ||
            res.body?.message !== 'Der Inhalt der Anfrage ist zu tief verschachtelt.' ||
            !Array.isArray(res.body?.errors)
          )
            failures.push(
              `${who} ${method.toUpperCase()} ${url} ${raw.slice(0, 6)}… -> ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`,
            );
        }
      }
    });
    expect(failures).toEqual([]);
  }, 300_000);

  it('answers a malformed XSRF-TOKEN cookie with 403 on every write and never with 5xx on reads, for every role', async () => {
    const failures: string[] = [];
    await perClient(everyone(), async (who, client) => {
      for (const { method, url } of operations()) {
        for (const cookie of MALFORMED_XSRF_COOKIES) {
          const label = `${who} ${method.toUpperCase()} ${url} cookie ${cookie}`;
          if (method === 'get') {
            const res = await client.get(url, { xsrfCookie: cookie });
            if (res.status >= 500) failures.push(`${label} -> ${res.status}`);
            continue;
          }
          const res = await client.send(method as 'post', url, {}, { xsrfCookie: cookie });
          if (res.status !== 403 || !/CSRF/.test(res.body?.message) || !Array.isArray(res.body?.errors))
            failures.push(`${label} -> ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
        }
      }
    });
    expect(failures).toEqual([]);
  }, 300_000);

  it('parses a JSON body of exactly the size limit on every operation and refuses one byte more with 413', async () => {
    const failures: string[] = [];
    const pad = JSON_LIMIT - Buffer.byteLength(JSON.stringify({ x: '' }));
    const at = JSON.stringify({ x: 'a'.repeat(pad) });
    const over = JSON.stringify({ x: 'a'.repeat(pad + 1) });
    await perClient(['admin', 'anonymous'], async (who) => {
      for (const { method, url } of operations()) {
        if (method === 'get') continue;
        const ok = await clients[who].send(method as 'post', url, undefined, { raw: at });
        if (ok.status >= 500 || ok.status === 413 || (ok.status >= 400 && !Array.isArray(ok.body?.errors)))
          failures.push(`${who} ${method.toUpperCase()} ${url} at limit -> ${ok.status}`);
        const big = await clients[who].send(method as 'post', url, undefined, { raw: over });
        if (big.status !== 413 || !Array.isArray(big.body?.errors))
          failures.push(`${who} ${method.toUpperCase()} ${url} over limit -> ${big.status}`);
      }
    });
    expect(failures).toEqual([]);
  }, 300_000);

  it('never answers 5xx', async () => {
    const failures: string[] = [];
    let requests = 0;
    const check = (label: string, res: ApiResponse) => {
      requests++;
      if (res.status >= 500 || (typeof res.body?.statusCode !== 'number' && res.status >= 400))
        failures.push(`${label} -> ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      if (res.status >= 400 && !Array.isArray(res.body?.errors)) failures.push(`${label} -> ${res.status} without errors[]`);
    };
    await perClient(everyone(), async (who, client) => {
      for (const [path, ops] of Object.entries(spec.paths)) {
        if (path === '/api/auth/logout') continue; // would end the sessions this sweep uses
        for (const [method, op] of Object.entries(ops)) {
          const schemaRef = op.requestBody?.content?.['application/json']?.schema?.$ref;
          for (const url of pathVariants(path)) {
            if (method === 'get') check(`${who} GET ${url}`, await client.get(url));
            else
              for (const b of bodiesFor(schemaRef))
                check(
                  `${who} ${method.toUpperCase()} ${url} ${b.raw ?? JSON.stringify(b.body).slice(0, 60)}`,
                  await client.send(method as 'post', url, b.body, { raw: b.raw }),
                );
          }
        }
      }
    });
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(200);
    // Nothing was polluted: no object suddenly carries an isAdmin flag.
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    // Thousands of requests: allow for a busy CI machine.
  }, 300_000);
});
