import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceRemindersQueryDto, OpenReminderDto, Page, ReminderThreshold } from '@lotse/shared/contracts';
import { EVIDENCE_LABEL_DE, plusDays, type ChildminderStatus, type EvidenceType } from '@lotse/shared/domain';
import type { RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { OfficeDay } from '../shared/office-day';

/** The advisor's worklist: current items of the tenant that are expiring or expired, with the reminders sent. */
@Injectable()
export class OpenReminders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly day: OfficeDay,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: RequestUser, q: EvidenceRemindersQueryDto): Promise<Page<OpenReminderDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const today = this.day.today();
    const params: unknown[] = [actor.tenantId, today];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['i.tenant_id = $1', 'i.current', 'i.acceptable', 'i.expires_on IS NOT NULL'];
    where.push(
      q.withinDays !== undefined
        ? `(i.warn_from <= $2::date OR i.expires_on <= ${p(plusDays(today, q.withinDays))}::date)`
        : 'i.warn_from <= $2::date',
    );
    if (q.status === 'expired') where.push('i.expires_on < $2::date');
    if (q.status === 'expiring') where.push('i.expires_on >= $2::date');
    if (!q.includeEnded) where.push(`c.status <> 'ended'`);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT i.id, i.childminder_id, c.first_name, c.last_name, c.status, i.type, i.person_name,
              to_char(i.expires_on, 'YYYY-MM-DD') AS expires_on, (i.expires_on < $2::date) AS expired,
              (SELECT coalesce(json_agg(json_build_object('threshold', r.threshold, 'sentAt', r.created_at) ORDER BY r.created_at), '[]'::json)
                 FROM evidence_reminder r WHERE r.evidence_item_id = i.id) AS sent,
              count(*) OVER ()::int AS total
         FROM evidence_item i JOIN childminder c ON c.id = i.childminder_id
        WHERE ${where.join(' AND ')}
        ORDER BY i.expires_on, lower(c.last_name), i.id
        LIMIT ${p(pageSize)} OFFSET ${p((page - 1) * pageSize)}`,
      params,
    );
    // A staff-only worklist of names and evidence: audited like any read of childminders' files.
    await this.audit.record({
      action: 'childminder.read',
      actor,
      targetType: 'childminder',
      details: { view: 'evidence_reminders', childminders: [...new Set(rows.map((r) => r['childminder_id'] as string))] },
    });
    return {
      total: (rows[0]?.['total'] as number) ?? 0,
      page,
      pageSize,
      items: rows.map((r) => ({
        evidenceItemId: r['id'] as string,
        childminderId: r['childminder_id'] as string,
        childminderName: `${r['first_name']} ${r['last_name']}`,
        childminderStatus: r['status'] as ChildminderStatus,
        type: r['type'] as EvidenceType,
        label: EVIDENCE_LABEL_DE[r['type'] as EvidenceType],
        personName: (r['person_name'] as string) ?? null,
        expiresOn: r['expires_on'] as string,
        status: r['expired'] ? 'expired' : 'expiring',
        remindersSent: ((r['sent'] as Array<{ threshold: ReminderThreshold; sentAt: string }>) ?? []).map((s) => ({
          threshold: s.threshold,
          sentAt: new Date(s.sentAt).toISOString(),
        })),
      })),
    };
  }
}
