import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEventDto, AuditQueryDto, Page } from '@lotse/shared/contracts';
import { Clock, type RequestUser } from '@lotse/server/core';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  actor: Pick<RequestUser, 'id' | 'role' | 'tenantId' | 'ip'> | null;
  tenantId?: string | null;
  targetType?: string;
  targetId?: string;
  outcome?: 'ok' | 'denied';
  details?: Record<string, unknown>;
}

/**
 * Writes the audit log. Pass the EntityManager of the change so the entry commits (or rolls back)
 * with it; refused attempts are written on their own, since the request fails.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEvent, {
      tenantId: entry.tenantId ?? entry.actor?.tenantId ?? null,
      occurredAt: this.clock.now(),
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome ?? 'ok',
      ip: entry.actor?.ip ?? null,
      details: (entry.details ?? null) as never,
    });
  }

  /** Records a refused access (403/404 for a record of someone else). */
  denied(actor: RequestUser, targetType: string, targetId: string, reason: string): Promise<void> {
    return this.record({ action: 'access.denied', actor, targetType, targetId, outcome: 'denied', details: { reason } });
  }

  async list(tenantId: string, q: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const where: string[] = ['e.tenant_id = $1'];
    const params: unknown[] = [tenantId];
    if (q.action) where.push(`e.action = $${params.push(q.action)}`);
    if (q.actorId) where.push(`e.actor_id = $${params.push(q.actorId)}`);
    if (q.targetId) where.push(`e.target_id = $${params.push(q.targetId)}`);
    const sqlWhere = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_event e WHERE ${sqlWhere}`, params);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.*, u.first_name || ' ' || u.last_name AS actor_name
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE ${sqlWhere}
        ORDER BY e.occurred_at DESC, e.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      total,
      page,
      pageSize,
      items: rows.map((r) => ({
        id: r['id'] as string,
        occurredAt: (r['occurred_at'] as Date).toISOString(),
        actorId: (r['actor_id'] as string) ?? null,
        actorName: (r['actor_name'] as string) ?? null,
        actorRole: (r['actor_role'] as string) ?? null,
        action: r['action'] as AuditAction,
        targetType: (r['target_type'] as string) ?? null,
        targetId: (r['target_id'] as string) ?? null,
        outcome: r['outcome'] as 'ok' | 'denied',
        details: (r['details'] as Record<string, unknown>) ?? null,
      })),
    };
  }
}
