import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { dispatchJob, type JobHandlers } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { WeeklySummary } from './weekly-summary';

/** The `inquiries` queue: the weekly coordinators' summary (scheduled in DAILY_JOB_SCHEDULES, Monday 07:00). */
@Processor('inquiries')
export class InquiriesProcessor extends WorkerHost {
  private readonly logger = new Logger(InquiriesProcessor.name);

  /** One handler per job of the queue (JobHandlers: a missing one does not compile). */
  private readonly jobs: JobHandlers<'inquiries'> = {
    'inquiries.weekly-summary': (data) => this.summary.execute(data?.tenantId ?? null),
  };

  constructor(private readonly summary: WeeklySummary) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob('inquiries', this.jobs, job, this.logger);
  }
}
