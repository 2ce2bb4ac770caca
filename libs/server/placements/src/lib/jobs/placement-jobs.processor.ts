import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { dispatchJob, type JobHandlers } from '@lotse/server/core';
import { MatchingRuns } from '../matching/matching-runs';
import type { Job } from 'bullmq';
import { ScanPlacements } from './scan-placements';

/** The `placements` queue: the daily scan (scheduled with the other daily jobs in DAILY_JOB_SCHEDULES) and batch matching runs. */
@Processor('placements')
export class PlacementJobsProcessor extends WorkerHost {
  private readonly logger = new Logger(PlacementJobsProcessor.name);

  /** One handler per job of the queue (JobHandlers: a missing one does not compile). */
  private readonly jobs: JobHandlers<'placements'> = {
    'placements.daily-scan': (data) => this.scan.execute(data.tenantId ?? null),
    'matching.batch': async (data, job) => {
      await this.runs.compute(data.runId, (p) => job.updateProgress(p));
      return { runId: data.runId };
    },
  };

  constructor(
    private readonly scan: ScanPlacements,
    private readonly runs: MatchingRuns,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob('placements', this.jobs, job, this.logger);
  }
}
