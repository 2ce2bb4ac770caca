import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { dispatchJob } from './job-dispatch';
import type { JobHandlers, PingJob } from './jobs';
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

  /** One handler per job of the queue (JobHandlers: a missing one does not compile). */
  private readonly jobs: JobHandlers<'system'> = {
    'system.retention': (data) => this.retention.run(data.days),
    'system.ping': (data, job) => this.ping(data, String(job.id)),
  };

  process(job: Job): Promise<unknown> {
    return dispatchJob('system', this.jobs, job, this.logger);
  }

  private async ping(data: PingJob, id: string): Promise<{ pong: string }> {
    this.logger.log(`ping ${id}: ${data.note}`);
    // A test holds a job "in progress" to prove the worker still stops in time.
    const hold = Math.min(Math.max(Number(data.holdMs) || 0, 0), 60_000);
    if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
    return { pong: data.note };
  }
}
