import { registrationBody } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

const WRONG = 'falsch-falsch-falsch';
const NEW_PASSWORD = 'Neues-Passwort-2026';

/**
 * Guessing passwords or flooding mail links from many addresses. Before: the limit was keyed on
 * client address + e-mail only and X-Forwarded-For was trusted from loopback, so rotating that
 * header gave unlimited guesses; IPv6 clients got a counter per address.
 */
describe('brute force: sign-in, password reset and registration limits', () => {
  describe('with the defaults (TRUST_PROXY unset)', () => {
    let ctx: TestContext;
    let tenant: TenantFixture;

    beforeAll(async () => {
      // The real defaults for proxies and accounts; a small per-address limit.
      ctx = await TestContext.create({ env: { LOGIN_RATE_LIMIT: '3' } });
      tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    });
    afterAll(() => ctx.close());

    it('ignores X-Forwarded-For: rotating it does not reset the per-address limit', async () => {
      const user = await createUser(ctx.ds, tenant, 'advisor');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await ctx
          .client()
          .post('/api/auth/login', { email: user.email, password: WRONG }, { headers: { 'X-Forwarded-For': `203.0.113.${i + 1}` } });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });

    it('refuses TRUST_PROXY=true at boot (every client could choose its own address)', async () => {
      const { loadConfig } = await import('@lotse/server/core');
      expect(() => loadConfig({ ...baseEnv(), TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
      expect(loadConfig(baseEnv()).TRUST_PROXY).toBe('false');
    });
  });

  describe('behind a trusted proxy (TRUST_PROXY=loopback), per account and per /64', () => {
    let ctx: TestContext;
    let tenant: TenantFixture;

    beforeAll(async () => {
      ctx = await TestContext.create({
        worker: true,
        now: '2026-11-25T09:00:00Z',
        env: {
          TRUST_PROXY: 'loopback',
          LOGIN_RATE_LIMIT: '3',
          LOGIN_ACCOUNT_FREE_FAILURES: '5',
          LOGIN_ACCOUNT_MAX_DELAY_SECONDS: '900',
          MAIL_LINK_REQUESTS_PER_HOUR: '3',
          REGISTRATIONS_PER_NETWORK_PER_HOUR: '4',
        },
      });
      tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    });
    afterAll(() => ctx.close());

    let n = 0;
    /** A new client address for every call: the attacker rotates addresses. */
    const fresh = () => ({ headers: { 'X-Forwarded-For': `198.51.100.${++n % 250}` } });
    const login = (email: string, password: string, opts = fresh()) => ctx.client().post('/api/auth/login', { email, password }, opts);

    it('makes each failure past the fifth wait twice as long, whatever the address, and tells how long', async () => {
      const user = await createUser(ctx.ds, tenant, 'advisor');
      for (let i = 0; i < 5; i++) expect((await login(user.email, WRONG)).status).toBe(401);
      // 6th failure: counted, and the account now waits 2 s.
      expect((await login(user.email, WRONG)).status).toBe(401);
      const refused = await login(user.email, TEST_PASSWORD);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('2');
      expect(refused.body.message).toMatch(/Passwort vergessen/);
      ctx.clock.set(new Date(ctx.clock.now().getTime() + 2000));
      // 7th failure → 4 s.
      expect((await login(user.email, WRONG)).status).toBe(401);
      ctx.clock.set(new Date(ctx.clock.now().getTime() + 2000));
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(429);
      ctx.clock.set(new Date(ctx.clock.now().getTime() + 2000));
      // The owner gets in once the wait is over, and that clears the count.
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(200);
      expect((await login(user.email, WRONG)).status).toBe(401);
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(200);
    });

    it('caps the wait (never locks for good) and lets parallel guesses through one at a time only', async () => {
      const user = await createUser(ctx.ds, tenant, 'advisor');
      for (let i = 0; i < 5; i++) await login(user.email, WRONG);
      const burst = await Promise.all(Array.from({ length: 10 }, () => login(user.email, WRONG)));
      expect(burst.filter((r) => r.status === 401)).toHaveLength(1);
      expect(burst.filter((r) => r.status === 429)).toHaveLength(9);
      for (let i = 0; i < 12; i++) {
        ctx.clock.set(new Date(ctx.clock.now().getTime() + 900_000));
        expect((await login(user.email, WRONG)).status).toBe(401);
      }
      const wait = await login(user.email, TEST_PASSWORD);
      expect(Number(wait.headers['retry-after'])).toBe(900);
      ctx.clock.set(new Date(ctx.clock.now().getTime() + 900_000));
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(200);
    });

    it('treats an unknown e-mail exactly like a known one (no enumeration)', async () => {
      for (let i = 0; i < 6; i++) expect((await login('niemand@test.example', WRONG)).status).toBe(401);
      const res = await login('niemand@test.example', WRONG);
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('2');
    });

    it('lets the owner back in at once through the mailed reset link', async () => {
      const user = await createUser(ctx.ds, tenant, 'parent');
      for (let i = 0; i < 8; i++) await login(user.email, WRONG);
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(429);
      expect((await ctx.client().post('/api/auth/password-reset', { email: user.email }, fresh())).status).toBe(202);
      await ctx.drain();
      const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(ctx.mail.to(user.email).at(-1)?.text ?? '')?.[1];
      expect(token).toBeTruthy();
      expect((await ctx.client().post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD }, fresh())).status).toBe(204);
      expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('counts IPv6 clients by their /64: rotating the interface id gains nothing', async () => {
      const user = await createUser(ctx.ds, tenant, 'childminder');
      const statuses: number[] = [];
      for (let i = 1; i <= 4; i++) {
        const res = await login(user.email, WRONG, { headers: { 'X-Forwarded-For': `2001:db8:77:1::${i.toString(16)}` } });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      // Another /64 has its own counter.
      expect((await login(user.email, WRONG, { headers: { 'X-Forwarded-For': '2001:db8:77:2::1' } })).status).toBe(401);
    });

    it('limits reset requests per e-mail address whatever the client address (no mail bombing)', async () => {
      const user = await createUser(ctx.ds, tenant, 'parent');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await ctx.client().post('/api/auth/password-reset', { email: user.email }, fresh())).status);
      expect(statuses).toEqual([202, 202, 202, 429, 429]);
      // The same for an address without an account: the answer tells nothing.
      const unknown: number[] = [];
      for (let i = 0; i < 4; i++)
        unknown.push((await ctx.client().post('/api/auth/password-reset', { email: 'keiner@test.example' }, fresh())).status);
      expect(unknown).toEqual([202, 202, 202, 429]);
      await ctx.drain();
      expect(ctx.mail.to(user.email).length).toBeLessThanOrEqual(3);
    });

    it('limits registrations per e-mail address and per client network, before any password is hashed', async () => {
      const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n as number;
      const sameMail: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await ctx
          .client()
          .post('/api/childminders/registrations', registrationBody({ email: 'flut@test.example', password: 'x' }), fresh());
        sameMail.push(res.status);
      }
      expect(sameMail.slice(0, 3).every((s) => s === 400)).toBe(true);
      expect(sameMail[3]).toBe(429);
      const network: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await ctx
          .client()
          .post('/api/childminders/registrations', registrationBody({ email: `netz${i}@test.example`, password: 'x' }), {
            headers: { 'X-Forwarded-For': '192.0.2.44' },
          });
        network.push(res.status);
      }
      expect(network.slice(0, 4).every((s) => s === 400)).toBe(true);
      expect(network[4]).toBe(429);
      expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n).toBe(before);
    });
  });
});

function baseEnv(): Record<string, string> {
  return {
    DATABASE_URL: 'postgres://u:p@localhost:5432/db',
    REDIS_URL: 'redis://localhost:6379',
    SMTP_URL: 'smtp://localhost:25',
    SESSION_SECRET: 'x'.repeat(40),
  };
}
