import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { MatchingBatchJob, PlacementScanJob } from '@lotse/server/core';
import { MatchingRuns } from '../matching/matching-runs';
import type { Job } from 'bullmq';
import { ScanPlacements } from './scan-placements';

/** The `placements` queue: the daily scan (scheduled with the other daily jobs in DAILY_JOB_SCHEDULES) and batch matching runs. */
@Processor('placements')
export class PlacementJobsProcessor extends WorkerHost {
  private readonly logger = new Logger(PlacementJobsProcessor.name);

  constructor(
    private readonly scan: ScanPlacements,
    private readonly runs: MatchingRuns,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'placements.daily-scan':
        return this.scan.execute((job.data as PlacementScanJob | undefined)?.tenantId ?? null);
      case 'matching.batch': {
        const { runId } = job.data as MatchingBatchJob;
        await this.runs.compute(runId, (p) => job.updateProgress(p));
        return { runId };
      }
      default:
        this.logger.warn(`unknown job ${job.name} on queue placements`);
        return { skipped: true };
    }
  }
}
