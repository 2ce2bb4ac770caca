import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { dispatchJob, type JobHandlers } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { PurgeGoodConduct } from '../usecases/purge-good-conduct';
import { ScanReminders } from '../usecases/scan-reminders';

/**
 * Runs the daily evidence jobs of the `reminders` queue (scheduled in DAILY_JOB_SCHEDULES, registered
 * by core's JobSchedules). Both jobs are idempotent, so a retry or a manual run is harmless.
 */
@Processor('reminders')
export class EvidenceJobsProcessor extends WorkerHost {
  private readonly logger = new Logger(EvidenceJobsProcessor.name);

  /** One handler per job of the queue (JobHandlers: a missing one does not compile). */
  private readonly jobs: JobHandlers<'reminders'> = {
    'evidence.reminder-scan': (data) => this.scan.run({ tenantId: data.tenantId ?? null }),
    'evidence.good-conduct-purge': (data) => this.purge.run({ tenantId: data.tenantId ?? null }),
  };

  constructor(
    private readonly scan: ScanReminders,
    private readonly purge: PurgeGoodConduct,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob('reminders', this.jobs, job, this.logger);
  }
}
