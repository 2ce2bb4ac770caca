import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { DAILY_JOB_SCHEDULES, DEFAULT_JOB_OPTIONS, JOB_QUEUE } from './jobs';
import { OUTBOX_RELAY_ENABLED } from './outbox-relay.service';
import { QueueRegistry } from './queue-registry';

/**
 * Registers every repeating job of `DAILY_JOB_SCHEDULES` (the one place that declares them, with
 * their cron pattern in TZ_OFFICE) when the worker boots: BullMQ job schedulers live in Redis, are
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
    for (const s of DAILY_JOB_SCHEDULES) {
      await this.queues
        .get(JOB_QUEUE[s.name])
        .upsertJobScheduler(s.schedulerId, { pattern: s.pattern, tz: this.config.TZ_OFFICE }, { name: s.name, data: {}, opts: { ...DEFAULT_JOB_OPTIONS } })
        .catch((e: unknown) => this.logger.error(`could not register job scheduler ${s.schedulerId}: ${String(e)}`));
    }
  }
}
