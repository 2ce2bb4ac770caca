import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, DAILY_JOB_SCHEDULES, DEFAULT_JOB_OPTIONS, JOB_QUEUE, QueueRegistry, type AppConfig, type EvidenceReminderScanJob, type GoodConductPurgeJob } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { PurgeGoodConduct } from '../usecases/purge-good-conduct';
import { ScanReminders } from '../usecases/scan-reminders';

/**
 * Runs the daily evidence jobs of the `reminders` queue and registers their schedules at boot
 * (BullMQ job schedulers: stored in Redis, idempotent on every boot, each occurrence runs once
 * across all workers). Both jobs are idempotent themselves, so a retry or a manual run is harmless.
 */
@Processor('reminders')
export class EvidenceJobsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(EvidenceJobsProcessor.name);

  constructor(
    private readonly scan: ScanReminders,
    private readonly purge: PurgeGoodConduct,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const s of DAILY_JOB_SCHEDULES) {
      await this.queues
        .get(JOB_QUEUE[s.name])
        .upsertJobScheduler(s.schedulerId, { pattern: s.pattern, tz: this.config.TZ_OFFICE }, { name: s.name, data: {}, opts: { ...DEFAULT_JOB_OPTIONS } })
        .catch((e: unknown) => this.logger.error(`could not register job scheduler ${s.schedulerId}: ${String(e)}`));
    }
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
