import { OutboxRelay, OutboxService, QueueRegistry, SendMailProcessor } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { createTenant } from '../../../fixtures/factories';
import { RedisProcess } from '../../../support/redis-process';
import { TestContext } from '../../../support/test-app';
import { sleep, waitFor } from '../../../support/wait';

const mailJob = (to: string, subject: string, jobId?: string) => ({
  name: 'mail.send' as const,
  jobId,
  data: { tenantId: null, to, subject, text: 'Guten Tag, dies ist eine Testnachricht.' },
});

describe('transactional outbox: request → outbox → queue → worker', () => {
  const redis = new RedisProcess();
  let ctx: TestContext;
  let outbox: OutboxService;

  beforeAll(async () => {
    await redis.start();
    ctx = await TestContext.create({ worker: true, redisUrl: redis.url });
    await createTenant(ctx.ds);
    outbox = ctx.api.get(OutboxService);
  });
  afterAll(async () => {
    await ctx.close();
    await redis.stop();
  });
  beforeEach(() => ctx.mail.clear());

  it('a committed change sends its mail once', async () => {
    await ctx.ds.transaction((m) => outbox.plan(m, mailJob('eltern@test.example', 'Bestätigung')));
    await waitFor(() => ctx.mail.to('eltern@test.example').length === 1, { what: 'the mail' });
    await ctx.drain();
    await sleep(300);
    expect(ctx.mail.to('eltern@test.example')).toHaveLength(1);
    expect(ctx.mail.messages[0].subject).toBe('Bestätigung');
  });

  it('a job planned in a rolled-back transaction is never run', async () => {
    await expect(
      ctx.ds.transaction(async (m) => {
        await outbox.plan(m, mailJob('rollback@test.example', 'Darf nie ankommen'));
        throw new Error('business rule failed after planning');
      }),
    ).rejects.toThrow('business rule failed');
    // A committed marker planned afterwards proves the pipeline ran past the rolled-back job.
    await ctx.ds.transaction((m) => outbox.plan(m, mailJob('marker@test.example', 'Marker')));
    await waitFor(() => ctx.mail.to('marker@test.example').length === 1, { what: 'the marker mail' });
    expect(ctx.mail.to('rollback@test.example')).toHaveLength(0);
    const rows = await ctx.ds.query(`SELECT 1 FROM outbox WHERE payload->>'to' = 'rollback@test.example'`);
    expect(rows).toHaveLength(0);
  });

  it('planning outside a transaction is a programming error', async () => {
    await expect(outbox.plan(ctx.ds.manager, mailJob('x@test.example', 'x'))).rejects.toThrow(/inside a transaction/);
  });

  it('planning the same job id twice plans it once', async () => {
    await ctx.ds.transaction(async (m) => {
      expect(await outbox.plan(m, mailJob('once@test.example', 'Einmal', 'reminder.item-1.d90'))).toBe(true);
      expect(await outbox.plan(m, mailJob('once@test.example', 'Einmal', 'reminder.item-1.d90'))).toBe(false);
    });
    await waitFor(() => ctx.mail.to('once@test.example').length === 1);
    await ctx.drain();
    await sleep(300);
    expect(ctx.mail.to('once@test.example')).toHaveLength(1);
  });

  it('a job planned while Redis is down runs once Redis is back, exactly once', async () => {
    await redis.stop();
    await ctx.ds.transaction((m) => outbox.plan(m, mailJob('outage@test.example', 'Trotz Ausfall')));
    // The relay tries, fails, and keeps the row.
    await waitFor(
      async () =>
        (await ctx.ds.query(`SELECT attempts FROM outbox WHERE payload->>'to' = 'outage@test.example' AND status = 'pending'`))[0]
          ?.attempts > 0,
      { what: 'a failed relay attempt' },
    );
    await sleep(500);
    expect(ctx.mail.to('outage@test.example')).toHaveLength(0);

    await redis.start();
    await waitFor(() => ctx.mail.to('outage@test.example').length >= 1, { timeoutMs: 30_000, what: 'the mail after the outage' });
    await ctx.drain(30_000);
    await sleep(1000);
    expect(ctx.mail.to('outage@test.example')).toHaveLength(1);
    const [row] = await ctx.ds.query(`SELECT status, sent_at FROM outbox WHERE payload->>'to' = 'outage@test.example'`);
    expect(row.status).toBe('sent');
  });

  it('a row relayed twice (crash before it was marked sent) still runs once', async () => {
    await ctx.stopWorker();
    await ctx.ds.transaction((m) => outbox.plan(m, mailJob('twice@test.example', 'Doppelt gesendet?', 'crash-test-1')));
    const relay = ctx.api.get(OutboxRelay);
    expect(await relay.relayOnce()).toBe(1);
    await ctx.ds.query(`UPDATE outbox SET status = 'pending', sent_at = NULL WHERE job_id = 'crash-test-1'`);
    expect(await relay.relayOnce()).toBe(1);
    const counts = await ctx.api.get(QueueRegistry).get('mail').getJobCounts('waiting');
    expect(counts['waiting']).toBe(1);
    await ctx.startWorker();
    await waitFor(() => ctx.mail.to('twice@test.example').length === 1);
    await ctx.drain();
    await sleep(500);
    expect(ctx.mail.to('twice@test.example')).toHaveLength(1);
  });

  it('the mail processor does not send again for a job it already delivered (retry after a crash)', async () => {
    const processor = ctx.worker!.get(SendMailProcessor);
    const job = { id: 'retry-after-crash', data: mailJob('retry@test.example', 'Nur einmal').data } as unknown as Job;
    expect(await processor.process(job)).toMatchObject({ skipped: false });
    expect(await processor.process(job)).toEqual({ skipped: true });
    await waitFor(() => ctx.mail.to('retry@test.example').length === 1);
    await sleep(300);
    expect(ctx.mail.to('retry@test.example')).toHaveLength(1);
  });
});
