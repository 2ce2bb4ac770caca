import { Queue } from 'bullmq';
import { RedisProcess } from '../../../support/redis-process';
import { TestContext } from '../../../support/test-app';
import { waitFor } from '../../../support/wait';
import { WorkerProcess } from '../../../support/worker-process';

/**
 * Issue 10, item 11: the worker process exits within 10 s of a stop signal whatever state Redis and
 * its jobs are in (it once ignored SIGINT and SIGTERM for minutes after Ctrl-C had stopped Redis
 * too), and a test context's shutdown does not hang on Redis either.
 */
describe('worker shutdown', () => {
  const redis = new RedisProcess();
  let ctx: TestContext | undefined;
  const workers: WorkerProcess[] = [];

  const startWorker = async () => {
    const c = ctx!.config;
    const w = new WorkerProcess({
      NODE_ENV: 'test',
      DATABASE_URL: c.DATABASE_URL,
      REDIS_URL: c.REDIS_URL,
      SMTP_URL: c.SMTP_URL,
      SESSION_SECRET: c.SESSION_SECRET,
      QUEUE_PREFIX: c.QUEUE_PREFIX,
      DATA_DIR: ctx!.dataDir,
      LOG_LEVEL: 'warn',
      PDF_RENDER_THREADS: '0',
    });
    workers.push(w);
    await w.ready();
    return w;
  };

  beforeAll(async () => {
    await redis.start();
    ctx = await TestContext.create({ redisUrl: redis.url });
  }, 120_000);
  afterAll(async () => {
    for (const w of workers) w.kill();
    await ctx?.close();
    await redis.stop();
  }, 120_000);

  it('SIGTERM with a long job in progress: exits within 10 s', async () => {
    const worker = await startWorker();
    const queue = new Queue('system', { connection: { host: '127.0.0.1', port: redis.port }, prefix: ctx!.config.QUEUE_PREFIX });
    try {
      await queue.add('system.ping', { note: 'long', holdMs: 60_000 });
      await waitFor(async () => (await queue.getJobCounts('active')).active === 1, { what: 'the job to be active', timeoutMs: 30_000 });
      const ms = await worker.stop('SIGTERM', 15_000);
      expect({ ms, output: ms === null ? worker.output.slice(-1500) : '' }).toEqual({ ms: expect.any(Number), output: '' });
      expect(ms!).toBeLessThan(10_000);
      expect(worker.output).toContain('lotse-worker: SIGTERM received');
    } finally {
      await queue.close();
    }
  }, 150_000);

  it('SIGTERM with a short job in progress: the job finishes first', async () => {
    const worker = await startWorker();
    const queue = new Queue('system', { connection: { host: '127.0.0.1', port: redis.port }, prefix: ctx!.config.QUEUE_PREFIX });
    try {
      const job = await queue.add('system.ping', { note: 'short', holdMs: 2_000 });
      await waitFor(async () => (await job.getState()) === 'active', { what: 'the job to be active', timeoutMs: 30_000 });
      const ms = await worker.stop('SIGTERM', 15_000);
      expect(ms).not.toBeNull();
      expect(ms!).toBeLessThan(10_000);
      expect(await job.getState()).toBe('completed');
    } finally {
      await queue.close();
    }
  }, 150_000);

  it('SIGINT after Redis has stopped: exits within 10 s', async () => {
    const worker = await startWorker();
    await redis.stop();
    await new Promise((r) => setTimeout(r, 1_000));
    const ms = await worker.stop('SIGINT', 15_000);
    expect({ ms, output: ms === null ? worker.output.slice(-1500) : '' }).toEqual({ ms: expect.any(Number), output: '' });
    expect(ms!).toBeLessThan(10_000);
  }, 150_000);

  it('a test context (API) closes promptly with Redis down', async () => {
    const started = Date.now();
    await ctx!.close();
    ctx = undefined;
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 60_000);
});
