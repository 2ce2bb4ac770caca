import type { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobHandlers, QueueName } from './jobs';

/** Any handler of a JobHandlers table (parameters `never`: every typed handler is one). */
type SomeHandler = (data: never, job: never) => Promise<unknown>;

/**
 * Runs the handler of `job.name` from `handlers` (typed by JobHandlers<Q>: one per job of queue Q,
 * each with its payload), so processors dispatch on the typed job union without casting job data
 * or names. This is the one place where BullMQ's untyped job meets the union: the name was checked
 * against the queue's names (an unknown name is logged and skipped), and the payload is the one
 * OutboxService.plan() typed when the job was planned. Scheduled jobs come without data (`{}`).
 */
export async function dispatchJob<Q extends QueueName>(
  queue: Q,
  handlers: JobHandlers<Q>,
  job: Job,
  logger: Pick<Logger, 'warn'>,
): Promise<unknown> {
  const table: Readonly<Record<string, SomeHandler>> = handlers;
  if (!Object.prototype.hasOwnProperty.call(table, job.name)) {
    logger.warn(`unknown job ${job.name} on queue ${queue}`);
    return { skipped: true };
  }
  // The one cast of job data: the name is one of Q's and the payload was typed when it was planned.
  const handler = table[job.name] as unknown as (data: unknown, job: Job) => Promise<unknown>;
  return handler(job.data ?? {}, job);
}
