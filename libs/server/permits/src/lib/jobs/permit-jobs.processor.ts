import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { dispatchJob, type JobHandlers } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { RenderPermit } from './render-permit';
import { ScanPermits } from './scan-permits';

/** Renders permit PDFs (queue `documents`). */
// Enough jobs in flight to keep every render thread busy while others wait for the database.
@Processor('documents', { concurrency: 6 })
export class RenderPermitProcessor extends WorkerHost {
  private readonly logger = new Logger(RenderPermitProcessor.name);

  private readonly jobs: JobHandlers<'documents'> = {
    'documents.render-permit': (data) => this.render.run(data.permitId),
  };

  constructor(private readonly render: RenderPermit) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob('documents', this.jobs, job, this.logger);
  }
}

/** Daily permit scan (queue `permits`, scheduled in DAILY_JOB_SCHEDULES): expiry and the 6- and 1-month reminders. */
@Processor('permits')
export class PermitScanProcessor extends WorkerHost {
  private readonly logger = new Logger(PermitScanProcessor.name);

  private readonly jobs: JobHandlers<'permits'> = {
    'permits.daily-scan': () => this.scan.run(),
  };

  constructor(private readonly scan: ScanPermits) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob('permits', this.jobs, job, this.logger);
  }
}
