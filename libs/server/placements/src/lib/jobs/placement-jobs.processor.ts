import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { PlacementScanJob } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { ScanPlacements } from './scan-placements';

/** The `placements` queue: the daily scan (scheduled with the other daily jobs in DAILY_JOB_SCHEDULES). */
@Processor('placements')
export class PlacementJobsProcessor extends WorkerHost {
  private readonly logger = new Logger(PlacementJobsProcessor.name);

  constructor(private readonly scan: ScanPlacements) {
    super();
  }

  async process(job: Job<PlacementScanJob>): Promise<unknown> {
    if (job.name !== 'placements.daily-scan') {
      this.logger.warn(`unknown job ${job.name} on queue placements`);
      return { skipped: true };
    }
    return this.scan.execute(job.data?.tenantId ?? null);
  }
}
