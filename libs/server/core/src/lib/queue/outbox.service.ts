import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, type PlannedJob } from './jobs';

/**
 * Plans background work in the caller's transaction (transactional outbox). If the transaction
 * rolls back, nothing is sent; if Redis is down, the row waits for the relay.
 * Planning the same jobId twice is a no-op, which makes "once per item and threshold" work cheap.
 */
@Injectable()
export class OutboxService {
  async plan(manager: EntityManager, job: PlannedJob): Promise<boolean> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.plan must run inside a transaction');
    }
    if (job.jobId !== undefined && !/^[A-Za-z0-9._-]{1,200}$/.test(job.jobId)) {
      // BullMQ reserves ':' in ids; keep ids plain so they survive as Redis keys.
      throw new Error(`invalid job id "${job.jobId}"`);
    }
    const rows: unknown[] = await manager.query(
      `INSERT INTO outbox (tenant_id, queue, name, payload, job_id, available_at)
       VALUES ($1, $2, $3, $4, $5, COALESCE($6, now()))
       ON CONFLICT (job_id) DO NOTHING
       RETURNING id`,
      [job.tenantId ?? null, JOB_QUEUE[job.name], job.name, JSON.stringify(job.data), job.jobId ?? randomUUID(), job.runAt ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Plans many jobs with one statement (e.g. a reminder scan over thousands of items). Same rules
   * as plan(); returns the job ids that were new.
   */
  async planMany(manager: EntityManager, jobs: PlannedJob[]): Promise<string[]> {
    if (jobs.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.planMany must run inside a transaction');
    }
    const ids = jobs.map((j) => j.jobId ?? randomUUID());
    for (const id of ids) if (!/^[A-Za-z0-9._-]{1,200}$/.test(id)) throw new Error(`invalid job id "${id}"`);
    const rows: Array<{ job_id: string }> = await manager.query(
      `INSERT INTO outbox (tenant_id, queue, name, payload, job_id, available_at)
       SELECT t.tenant_id, t.queue, t.name, t.payload, t.job_id, COALESCE(t.run_at, now())
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::timestamptz[])
              AS t(tenant_id, queue, name, payload, job_id, run_at)
       ON CONFLICT (job_id) DO NOTHING
       RETURNING job_id`,
      [
        jobs.map((j) => j.tenantId ?? null),
        jobs.map((j) => JOB_QUEUE[j.name]),
        jobs.map((j) => j.name),
        jobs.map((j) => JSON.stringify(j.data)),
        ids,
        jobs.map((j) => j.runAt ?? null),
      ],
    );
    return rows.map((r) => r.job_id);
  }
}
