import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plusMonths } from '@lotse/shared/domain';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { OfficeDay } from '../shared/office-day';
import { returnedRows } from '../shared/sql';
import { TimelineService } from '../shared/timeline.service';

export type PurgeReason = 'not_taken_up' | 'ended_3_months' | 'member_left_3_months';

/**
 * §72a Abs. 5 SGB VIII: the few data recorded about a certificate of good conduct (inspected by
 * whom and when, its date, conviction yes/no, the person) are deleted at once when the person does
 * not take up the activity, and at the latest 3 months after the activity ended. The household
 * member's name is also removed from the file's timeline. Each deletion is audited (actor: system).
 * Complete (issue 11): the timeline events about the certificate (recorded, inspected by whom,
 * reminders with its expiry, deletions with its date) go too, and so do the reminder mails planned
 * or kept by Lotse (`outbox`, `mail_delivery`, job ids `reminder.<item>.*`). `persons` limits the
 * deletion to household members (by person key) who left the household.
 */
export async function purgeGoodConduct(
  m: EntityManager,
  deps: { audit: AuditService; timeline: TimelineService },
  files: Array<{ id: string; tenantId: string; reason: PurgeReason; persons?: string[] }>,
  actorId: string | null = null,
): Promise<number> {
  let total = 0;
  for (const f of files) {
    const persons = f.persons ?? null;
    // Events of the item(s): `personName` holds the name as entered; the key is its normalised form.
    const eventFilter = `childminder_id = $1 AND details->>'evidenceType' = 'good_conduct'
      AND ($2::text[] IS NULL OR lower(regexp_replace(trim(coalesce(details->>'personName', '')), '\\s+', ' ', 'g')) = ANY($2::text[]))`;
    const deleted = returnedRows<{ id: string }>(
      await m.query(
        `DELETE FROM evidence_item WHERE childminder_id = $1 AND type = 'good_conduct' AND ($2::text[] IS NULL OR person_key = ANY($2::text[])) RETURNING id`,
        [f.id, persons],
      ),
    );
    const count = deleted.length;
    if (count === 0) continue;
    total += count;
    // Items deleted earlier (corrections) are known only from their events.
    const earlier: Array<{ id: string }> = await m.query(
      `SELECT DISTINCT details->>'itemId' AS id FROM childminder_event WHERE ${eventFilter} AND details ? 'itemId'`,
      [f.id, persons],
    );
    const jobPatterns = [...new Set([...deleted, ...earlier].map((i) => i.id))].map((id) => `reminder.${id}.%`);
    // Reminder rows outlive a corrected item, but not the §72a deletion (they carry the expiry date).
    await m.query(
      `DELETE FROM evidence_reminder WHERE childminder_id = $1 AND evidence_type = 'good_conduct'
         AND ($2::text[] IS NULL OR evidence_item_id IS NULL OR evidence_item_id = ANY($3::uuid[]))`,
      [f.id, persons, deleted.map((d) => d.id)],
    );
    await m.query(`DELETE FROM outbox WHERE job_id LIKE ANY($1::text[])`, [jobPatterns]);
    await m.query(`DELETE FROM mail_delivery WHERE job_id LIKE ANY($1::text[])`, [jobPatterns]);
    await refreshEvidenceSummary(m, [f.id]);
    await m.query(`DELETE FROM childminder_event WHERE ${eventFilter}`, [f.id, persons]);
    await deps.timeline.record(m, {
      tenantId: f.tenantId,
      childminderId: f.id,
      actorId,
      type: 'good_conduct_deleted',
      details: { count, reason: f.reason },
    });
    await deps.audit.record(
      {
        action: 'evidence.good_conduct_deleted',
        actor: null,
        tenantId: f.tenantId,
        targetType: 'childminder',
        targetId: f.id,
        details: { count, reason: f.reason },
      },
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
      let items = await purgeGoodConduct(
        m,
        { audit: this.audit, timeline: this.timeline },
        rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, reason: r.was_active ? 'ended_3_months' : 'not_taken_up' })),
      );
      // Household members who left the household 3 months ago or earlier.
      const left: Array<{ id: string; tenant_id: string; keys: string[] }> = await m.query(
        `SELECT i.childminder_id AS id, i.tenant_id, array_agg(DISTINCT i.person_key) AS keys FROM evidence_item i
          WHERE i.type = 'good_conduct' AND i.person_left_on <= $1 AND ($2::uuid IS NULL OR i.tenant_id = $2)
          GROUP BY i.childminder_id, i.tenant_id`,
        [cutoff, opts.tenantId ?? null],
      );
      items += await purgeGoodConduct(
        m,
        { audit: this.audit, timeline: this.timeline },
        left.map((r) => ({ id: r.id, tenantId: r.tenant_id, reason: 'member_left_3_months' as const, persons: r.keys })),
      );
      if (items > 0) this.logger.log(`deleted ${items} good-conduct record(s) of ${rows.length} file(s)`);
      return { files: rows.length, items };
    });
  }
}
