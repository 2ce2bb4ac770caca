import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { InquiryWeeklySummaryJob } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { WeeklySummary } from './weekly-summary';

/** The `inquiries` queue: the weekly coordinators' summary (scheduled in DAILY_JOB_SCHEDULES, Monday 07:00). */
@Processor('inquiries')
export class InquiriesProcessor extends WorkerHost {
  private readonly logger = new Logger(InquiriesProcessor.name);

  constructor(private readonly summary: WeeklySummary) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === 'inquiries.weekly-summary') return this.summary.execute((job.data as InquiryWeeklySummaryJob | undefined)?.tenantId ?? null);
    this.logger.warn(`unknown job ${job.name} on queue inquiries`);
    return { skipped: true };
  }
}
