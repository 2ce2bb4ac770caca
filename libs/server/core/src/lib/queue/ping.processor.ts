import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { PingJob } from './jobs';

/** Answers `system.ping` jobs so operators can check outbox → queue → worker from the dashboard. */
@Processor('system')
export class SystemProcessor extends WorkerHost {
  private readonly logger = new Logger(SystemProcessor.name);

  async process(job: Job<PingJob>): Promise<{ pong: string }> {
    this.logger.log(`ping ${job.id}: ${job.data.note}`);
    const hold = Math.min(Math.max(Number(job.data.holdMs) || 0, 0), 60_000);
    if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
    return { pong: job.data.note };
  }
}
