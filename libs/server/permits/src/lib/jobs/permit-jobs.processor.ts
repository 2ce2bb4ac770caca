import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, DEFAULT_JOB_OPTIONS, QueueRegistry, type AppConfig } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { RenderPermit } from './render-permit';
import { ScanPermits } from './scan-permits';

/** Renders permit PDFs (queue `documents`). */
// Enough jobs in flight to keep every render thread busy while others wait for the database.
@Processor('documents', { concurrency: 6 })
export class RenderPermitProcessor extends WorkerHost {
  constructor(private readonly render: RenderPermit) {
    super();
  }

  async process(job: Job<{ permitId: string }>): Promise<unknown> {
    if (job.name !== 'documents.render-permit') return { skipped: true };
    return this.render.run(job.data.permitId);
  }
}

/** Daily permit scan (queue `permits`): expiry and the 6- and 1-month reminders. */
@Processor('permits')
export class PermitScanProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(PermitScanProcessor.name);

  constructor(
    private readonly scan: ScanPermits,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get('permits')
      .upsertJobScheduler('daily-permit-scan', { pattern: '15 6 * * *', tz: this.config.TZ_OFFICE }, { name: 'permits.daily-scan', data: {}, opts: { ...DEFAULT_JOB_OPTIONS } })
      .catch((e: unknown) => this.logger.error(`could not register the permit scan: ${String(e)}`));
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== 'permits.daily-scan') return { skipped: true };
    return this.scan.run();
  }
}
