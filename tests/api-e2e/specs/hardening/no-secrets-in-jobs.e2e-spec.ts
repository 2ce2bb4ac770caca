import { QueueRegistry, RedisClient, Retention } from '@lotse/server/core';
import { createTenant, createUser, type TenantFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

/**
 * Issue 10, item 1: an admin could request a reset for a colleague, open the queue dashboard and
 * read the link in the completed mail job. Now no job, return value or outbox row holds a link
 * or token; the worker builds the link when sending; old rows and jobs are pruned.
 */
describe('one-time links never rest in job data or the outbox; retention', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
  });
  afterAll(() => ctx.close());

  /** Every value stored under this context's queue prefix, as one text. */
  async function redisDump(): Promise<string> {
    const { redis } = ctx.api.get(RedisClient);
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${ctx.config.QUEUE_PREFIX}:*`, 'COUNT', 500);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    const parts: string[] = [];
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'string') parts.push(String(await redis.get(key)));
      else if (type === 'list') parts.push((await redis.lrange(key, 0, -1)).join('\n'));
      else if (type === 'set') parts.push((await redis.smembers(key)).join('\n'));
      else if (type === 'zset') parts.push((await redis.zrange(key, 0, -1)).join('\n'));
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    }
    expect(keys.length).toBeGreaterThan(0);
    return parts.join('\n');
  }

  it('a reset link is in the mail only: not in Redis (job data, return values, events) nor in the outbox, and it works', async () => {
    const victim = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    const res = await ctx.client().post('/api/auth/password-reset', { email: victim.email });
    expect(res.status).toBe(202);
    await ctx.drain();

    const [mail] = ctx.mail.to(victim.email);
    const link = /(http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_-]{43}))\s/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    const [, url, token] = link!;

    const dump = await redisDump();
    expect(dump).toContain('{{link}}'); // the completed mail job is there, with the placeholder only
    expect(dump).not.toContain(token);
    expect(dump).not.toContain('reset-password?token');
    const outbox: Array<{ row: string }> = await ctx.ds.query(`SELECT o::text AS row FROM outbox o`);
    expect(outbox.length).toBeGreaterThan(0);
    for (const { row } of outbox) {
      expect(row).not.toContain(token);
      expect(row).not.toContain('token=');
    }
    const tokens: Array<{ row: string }> = await ctx.ds.query(`SELECT t::text AS row FROM one_time_token t WHERE user_id = $1`, [
      victim.id,
    ]);
    expect(tokens.map((t) => t.row).join()).not.toContain(token);

    // The mailed link still works.
    expect(url.endsWith(token)).toBe(true);
    expect((await ctx.client().post('/api/auth/password-reset/confirm', { token, password: 'Neues-Passwort-2026' })).status).toBe(204);
  });

  it('a mail whose link was used or replaced before sending is skipped', async () => {
    const user = await createUser(ctx.ds, tenant, 'parent');
    await ctx.stopWorker();
    try {
      await ctx.client().post('/api/auth/password-reset', { email: user.email });
      await ctx.client().post('/api/auth/password-reset', { email: user.email });
    } finally {
      await ctx.startWorker();
    }
    await ctx.drain();
    // The first link was replaced by the second before the worker ran: only one mail goes out.
    expect(ctx.mail.to(user.email)).toHaveLength(1);
  });

  it('prunes sent outbox rows and finished jobs after OUTBOX_RETENTION_DAYS (14), daily', async () => {
    const queues = ctx.api.get(QueueRegistry);
    const schedulers = await queues.get('system').getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.id)).toContain('daily-retention');
    expect(ctx.config.OUTBOX_RETENTION_DAYS).toBe(14);

    const user = await createUser(ctx.ds, tenant, 'parent');
    await ctx.client().post('/api/auth/password-reset', { email: user.email });
    await ctx.drain();
    const [{ job_id }] = await ctx.ds.query(
      `SELECT job_id FROM outbox WHERE job_id LIKE 'password-reset.%' ORDER BY created_at DESC LIMIT 1`,
    );
    const job = await queues.get('mail').getJob(job_id);
    expect(job?.opts.removeOnComplete).toMatchObject({ age: 14 * 86_400 });

    const sent = async () => (await ctx.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`))[0].n as number;
    const completed = () => queues.get('mail').getJobCountByTypes('completed');
    const before = { sent: await sent(), completed: await completed() };
    expect(before.sent).toBeGreaterThan(0);
    expect(before.completed).toBeGreaterThan(0);

    const retention = ctx.worker!.get(Retention);
    const start = ctx.clock.now();
    // Rows and jobs carry the real time they were sent/finished; move the clock from there.
    const now = Date.now();
    try {
      ctx.clock.set(new Date(now + 13 * 86_400_000));
      expect(await retention.run()).toMatchObject({ outboxDeleted: 0, jobsDeleted: 0 });
      expect({ sent: await sent(), completed: await completed() }).toEqual(before);

      ctx.clock.set(new Date(now + 15 * 86_400_000));
      const result = await retention.run();
      expect(result.outboxDeleted).toBe(before.sent);
      expect(result.jobsDeleted).toBeGreaterThanOrEqual(before.completed);
      expect(await sent()).toBe(0);
      expect(await completed()).toBe(0);
    } finally {
      ctx.clock.set(start);
    }
  });
});
