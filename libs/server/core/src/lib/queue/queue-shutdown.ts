import { WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Worker } from 'bullmq';
import { OutboxRelay } from './outbox-relay.service';
import { QueueRegistry } from './queue-registry';

/** How long a running job may take to finish after a stop signal (when Redis is there to record it). */
export const JOB_GRACE_MS = 5_000;

/**
 * Resolves with `work` or after `ms`, whichever comes first (the work itself keeps running), and
 * says which. Every step of a shutdown goes through this, so none can wait forever.
 */
export async function bounded(work: Promise<unknown>, ms: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref();
  });
  try {
    return await Promise.race([
      work.then(
        () => 'done' as const,
        () => 'done' as const,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops the queue side of a process in bounded steps, before Nest's own shutdown hooks run (those
 * close BullMQ workers and queues with `quit()`, which waits for the active job and, with Redis
 * down, for a reconnect that never comes — the worker then ignored every further signal):
 * 1. the outbox relay stops (no new jobs are added);
 * 2. the workers take no new jobs; running ones get JOB_GRACE_MS to finish (none when Redis is
 *    unreachable: they could not record their result anyway);
 * 3. workers close with force (connections are cut, an unfinished job's lock lapses and BullMQ
 *    hands it to another worker as stalled; handlers are idempotent);
 * 4. queue connections are cut with `disconnect()`: nothing is in flight any more.
 */
@Injectable()
export class QueueShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queues: QueueRegistry,
    private readonly relay: OutboxRelay,
  ) {}

  /** Asked over a queue's connection: RedisClient has already disconnected (onModuleDestroy runs first). */
  private async redisAnswers(): Promise<boolean> {
    let answered = false;
    const [queue] = this.queues.all();
    await bounded(
      (async () => {
        const client = (await queue.backend.client) as unknown as { ping(): Promise<string> };
        answered = (await client.ping()) === 'PONG';
      })(),
      500,
    );
    return answered;
  }

  private workers(): Worker[] {
    const out: Worker[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof WorkerHost) {
        const worker = (instance as unknown as { _worker?: Worker })._worker;
        if (worker) out.push(worker);
      }
    }
    return out;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const step = async (what: string, work: Promise<unknown>, ms: number) => {
      if ((await bounded(work, ms)) === 'timeout') this.logger.warn(`${what}: not done within ${ms} ms, going on`);
    };
    await step('outbox relay', this.relay.stop(), 2_000);
    const workers = this.workers();
    if (workers.length) {
      const redisUp = await this.redisAnswers();
      // pause() without `true` resolves when the running jobs have finished.
      await step('running jobs', Promise.all(workers.map((w) => w.pause(!redisUp))), redisUp ? JOB_GRACE_MS : 1_000);
      await step('closing workers', Promise.all(workers.map((w) => w.close(true))), 1_500);
    }
    await step('queue connections', Promise.all(this.queues.all().map((q) => q.disconnect())), 500);
  }
}
