import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { EvidenceReminderScanJob, GoodConductPurgeJob } from '@lotse/server/core';
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

  constructor(
    private readonly scan: ScanReminders,
    private readonly purge: PurgeGoodConduct,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'evidence.reminder-scan':
        return this.scan.run({ tenantId: (job.data as EvidenceReminderScanJob)?.tenantId ?? null });
      case 'evidence.good-conduct-purge':
        return this.purge.run({ tenantId: (job.data as GoodConductPurgeJob)?.tenantId ?? null });
      default:
        this.logger.warn(`unknown job ${job.name} on queue reminders`);
        return { skipped: true };
    }
  }
}
