import { Processor, WorkerHost } from '@nestjs/bullmq';
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

/** Daily permit scan (queue `permits`, scheduled in DAILY_JOB_SCHEDULES): expiry and the 6- and 1-month reminders. */
@Processor('permits')
export class PermitScanProcessor extends WorkerHost {
  constructor(private readonly scan: ScanPermits) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== 'permits.daily-scan') return { skipped: true };
    return this.scan.run();
  }
}
