import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { QueueBase } from 'bullmq';
import { QueueRegistry } from './queue-registry';

/**
 * While Redis is unreachable every queue and worker connection reports errors; without a listener
 * BullMQ prints each one to the console. One warning per queue or worker and half minute is
 * enough: the outbox keeps the jobs, ioredis reconnects, and /health reports Redis as down.
 */
@Injectable()
export class QueueErrorLogger implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queue');
  private readonly lastWarned = new Map<string, number>();

  constructor(
    private readonly queues: QueueRegistry,
    private readonly discovery: DiscoveryService,
  ) {}

  /** After BullMQ's explorer has created the workers (it does so in onModuleInit). */
  onApplicationBootstrap(): void {
    for (const queue of this.queues.all()) this.listen(`queue ${queue.name}`, queue);
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof WorkerHost) {
        const worker = (instance as unknown as { _worker?: QueueBase })._worker;
        if (worker) this.listen(`worker ${worker.name}`, worker);
      }
    }
  }

  private listen(label: string, emitter: QueueBase): void {
    emitter.on('error', (err: Error) => {
      const now = Date.now();
      if (now - (this.lastWarned.get(label) ?? 0) < 30_000) return;
      this.lastWarned.set(label, now);
      this.logger.warn(`${label}: ${err.message}`);
    });
  }
}
