import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { DAILY_JOB_SCHEDULES, schedulerFor } from './jobs';
import { OUTBOX_RELAY_ENABLED } from './outbox-relay.service';
import { QueueRegistry } from './queue-registry';

/**
 * Registers every repeating job of `DAILY_JOB_SCHEDULES` (the one place that declares them; cron
 * pattern and time zone from `schedulerFor`) when the worker boots: BullMQ job schedulers live in Redis, are
 * idempotent on every boot and run each occurrence once across all workers. The API does not.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobSchedules.name);

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OUTBOX_RELAY_ENABLED) private readonly worker: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.worker) return;
    for (const schedule of DAILY_JOB_SCHEDULES) {
      const s = schedulerFor(schedule, this.config.TZ_OFFICE);
      await this.queues
        .get(s.queue)
        .upsertJobScheduler(s.schedulerId, s.repeat, s.template)
        .catch((e: unknown) => this.logger.error(`could not register job scheduler ${s.schedulerId}: ${String(e)}`));
    }
  }
}
