import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { PingJob, RetentionJob } from './jobs';
import { Retention } from './retention';

/**
 * The `system` queue: answers `system.ping` jobs so operators can check outbox → queue → worker,
 * and runs the daily retention (`system.retention`).
 */
@Processor('system')
export class SystemProcessor extends WorkerHost {
  private readonly logger = new Logger(SystemProcessor.name);

  constructor(private readonly retention: Retention) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'system.retention':
        return this.retention.run((job.data as RetentionJob | undefined)?.days);
      case 'system.ping': {
        const data = job.data as PingJob;
        this.logger.log(`ping ${job.id}: ${data.note}`);
        // A test holds a job "in progress" to prove the worker still stops in time.
        const hold = Math.min(Math.max(Number(data.holdMs) || 0, 0), 60_000);
        if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
        return { pong: data.note };
      }
      default:
        this.logger.warn(`unknown job ${job.name} on queue system`);
        return { skipped: true };
    }
  }
}
