import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { QueueRegistry } from './queue-registry';

export interface RetentionResult {
  outboxDeleted: number;
  jobsDeleted: number;
  cutoff: string;
}

/**
 * Deletes sent outbox rows and finished jobs (completed, failed) older than the retention, so that
 * mail contents (names, addresses, texts) do not pile up. Runs daily (`system.retention`); BullMQ's
 * own removeOnComplete/removeOnFail ages are set to the same retention. Idempotent.
 */
@Injectable()
export class Retention {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(days = this.config.OUTBOX_RETENTION_DAYS): Promise<RetentionResult> {
    const cutoff = new Date(this.clock.now().getTime() - days * 86_400_000);
    const [{ n }] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM outbox WHERE status = 'sent' AND sent_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [cutoff],
    );
    // BullMQ compares with its own wall clock: turn the (possibly controlled) cutoff into a grace period.
    const grace = Math.max(0, Date.now() - cutoff.getTime());
    let jobsDeleted = 0;
    for (const queue of this.queues.all()) {
      for (const state of ['completed', 'failed'] as const) {
        for (;;) {
          const removed = await queue.clean(grace, 1000, state);
          jobsDeleted += removed.length;
          if (removed.length < 1000) break;
        }
      }
    }
    return { outboxDeleted: n, jobsDeleted, cutoff: cutoff.toISOString() };
  }
}
