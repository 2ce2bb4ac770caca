import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { jobOptions, type QueueName } from './jobs';
import { QueueRegistry } from './queue-registry';

export const OUTBOX_RELAY_ENABLED = Symbol('OUTBOX_RELAY_ENABLED');

interface OutboxRow {
  id: string;
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
  job_id: string;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`queue add timed out after ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/**
 * Moves planned jobs from the outbox table to BullMQ. Rows are locked with SKIP LOCKED so several
 * workers can relay side by side; the BullMQ job id is the outbox job_id, so a row that is added
 * but not yet marked sent (crash, timeout) is de-duplicated by BullMQ when it is added again.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private current: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OUTBOX_RELAY_ENABLED) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (this.enabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** No further rounds; resolves when the running one has ended (QueueShutdown bounds the wait). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.current.catch(() => undefined);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.relayOnce()
        .then((n) => this.schedule(n > 0 ? 0 : this.config.OUTBOX_POLL_MS))
        .catch((e: unknown) => {
          this.logger.warn(`outbox relay failed: ${String(e)}`);
          this.schedule(this.config.OUTBOX_POLL_MS * 4);
        });
    }, delay);
  }

  /** Relays one batch; returns the number of jobs handed to BullMQ. */
  async relayOnce(batchSize = 100): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, queue, name, payload, job_id FROM outbox
          WHERE status = 'pending' AND available_at <= now()
          ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      let sent = 0;
      for (const row of rows) {
        try {
          await withTimeout(
            this.queues.get(row.queue).add(row.name, row.payload, { ...jobOptions(this.config.OUTBOX_RETENTION_DAYS), jobId: row.job_id }),
            3000,
          );
          await m.query(`UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [
            row.id,
          ]);
          sent++;
        } catch (e) {
          await m.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [row.id, String(e).slice(0, 500)]);
          // Redis is most likely unreachable: leave the rest for the next round.
          break;
        }
      }
      return sent;
    });
  }

  async stats(): Promise<{ pending: number; oldestPendingSeconds: number | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, EXTRACT(EPOCH FROM now() - min(created_at))::int AS oldest
         FROM outbox WHERE status = 'pending'`,
    );
    return { pending: row.pending, oldestPendingSeconds: row.oldest };
  }
}
