import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plusMonths } from '@lotse/shared/domain';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { OfficeDay } from '../shared/office-day';
import { returnedRows } from '../shared/sql';
import { TimelineService } from '../shared/timeline.service';

export type PurgeReason = 'not_taken_up' | 'ended_3_months';

/**
 * §72a Abs. 5 SGB VIII: the few data recorded about a certificate of good conduct (inspected by
 * whom and when, its date, conviction yes/no, the person) are deleted at once when the person does
 * not take up the activity, and at the latest 3 months after the activity ended. The household
 * member's name is also removed from the file's timeline. Each deletion is audited (actor: system).
 */
export async function purgeGoodConduct(
  m: EntityManager,
  deps: { audit: AuditService; timeline: TimelineService },
  files: Array<{ id: string; tenantId: string; reason: PurgeReason }>,
  actorId: string | null = null,
): Promise<number> {
  let total = 0;
  for (const f of files) {
    const count = returnedRows(await m.query(`DELETE FROM evidence_item WHERE childminder_id = $1 AND type = 'good_conduct' RETURNING id`, [f.id])).length;
    if (count === 0) continue;
    total += count;
    // Reminder rows outlive a corrected item, but not the §72a deletion (they carry the expiry date).
    await m.query(`DELETE FROM evidence_reminder WHERE childminder_id = $1 AND evidence_type = 'good_conduct'`, [f.id]);
    await refreshEvidenceSummary(m, [f.id]);
    await m.query(
      `UPDATE childminder_event SET details = details - 'personName'
        WHERE childminder_id = $1 AND details->>'evidenceType' = 'good_conduct' AND details ? 'personName'`,
      [f.id],
    );
    await deps.timeline.record(m, { tenantId: f.tenantId, childminderId: f.id, actorId, type: 'good_conduct_deleted', details: { count, reason: f.reason } });
    await deps.audit.record(
      { action: 'evidence.good_conduct_deleted', actor: null, tenantId: f.tenantId, targetType: 'childminder', targetId: f.id, details: { count, reason: f.reason } },
      m,
    );
  }
  return total;
}

/** The daily job (also callable directly in tests). */
@Injectable()
export class PurgeGoodConduct {
  private readonly logger = new Logger(PurgeGoodConduct.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
  ) {}

  async run(opts: { tenantId?: string | null } = {}): Promise<{ files: number; items: number }> {
    const cutoff = plusMonths(this.day.today(), -3);
    return this.dataSource.transaction(async (m) => {
      const rows: Array<{ id: string; tenant_id: string; was_active: boolean }> = await m.query(
        `SELECT c.id, c.tenant_id, c.was_active FROM childminder c
          WHERE c.status = 'ended' AND (NOT c.was_active OR c.ended_on <= $1)
            AND ($2::uuid IS NULL OR c.tenant_id = $2)
            AND EXISTS (SELECT 1 FROM evidence_item i WHERE i.childminder_id = c.id AND i.type = 'good_conduct')
          FOR UPDATE OF c SKIP LOCKED`,
        [cutoff, opts.tenantId ?? null],
      );
      const items = await purgeGoodConduct(
        m,
        { audit: this.audit, timeline: this.timeline },
        rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, reason: r.was_active ? 'ended_3_months' : 'not_taken_up' })),
      );
      if (items > 0) this.logger.log(`deleted ${items} good-conduct record(s) of ${rows.length} file(s)`);
      return { files: rows.length, items };
    });
  }
}
