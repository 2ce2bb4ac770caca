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
}
