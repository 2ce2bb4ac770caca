import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CareLocationType, ChildminderListItemDto, ChildminderStatus, ChildmindersQueryDto, Page } from '@lotse/shared/contracts';
import { plusDays } from '@lotse/shared/domain';
import type { RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { OfficeDay } from '../shared/office-day';
import { BuildChecklist } from './build-checklist';

const SORT_SQL: Record<string, string> = {
  name: 'lower(c.last_name) {dir}, lower(c.first_name) {dir}',
  status: `array_position(ARRAY['interested','applicant','in_qualification','suitability_check','active','paused','ended'], c.status) {dir}, lower(c.last_name), lower(c.first_name)`,
  nextExpiry: 'c.next_expiry_on {dir} NULLS LAST, lower(c.last_name), lower(c.first_name)',
  createdAt: 'c.created_at {dir}',
};

interface Row {
  id: string;
  tenantId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  district: string;
  status: ChildminderStatus;
  careLocationType: CareLocationType;
  nextExpiry: string | null;
  dateOfBirth: string;
  adultHouseholdMembers: string[];
  createdAt: Date;
}

/**
 * The advisor list: search, filters, sort and page over the tenant's files. Every evidence filter
 * is an index condition on stored values (item expiries, the file's next expiry and
 * `evidence_valid_until`), the page and the total are two queries (so the page can stop after
 * `pageSize` rows), and the per-row counts are computed for the page only.
 */
@Injectable()
export class ListChildminders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: EvidenceRulesService,
    private readonly checklist: BuildChecklist,
    private readonly audit: AuditService,
    private readonly day: OfficeDay,
  ) {}

  async execute(actor: RequestUser, q: ChildmindersQueryDto, opts: { audit?: boolean } = {}): Promise<Page<ChildminderListItemDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const today = this.day.today();
    await this.rules.ensure(actor.tenantId);
    const params: unknown[] = [actor.tenantId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['c.tenant_id = $1'];
    if (q.status) where.push(`c.status = ${p(q.status)}`);
    if (q.district) where.push(`c.district = ${p(q.district)}`);
    if (q.q?.trim()) {
      const like = p(
        `%${q.q
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
      );
      where.push(
        `(lower(c.last_name) LIKE ${like} OR lower(c.first_name) LIKE ${like} OR lower(c.first_name || ' ' || c.last_name) LIKE ${like} OR lower(coalesce(c.email, '')) LIKE ${like})`,
      );
    }
    let expiringItems: string | null = null;
    if (q.expiringWithinDays !== undefined) {
      // Semi-join on the partial index (tenant_id, expires_on, childminder_id) WHERE current AND acceptable.
      expiringItems = `FROM evidence_item i WHERE i.tenant_id = $1 AND i.current AND i.acceptable
                          AND i.expires_on >= ${p(today)}::date AND i.expires_on <= ${p(plusDays(today, q.expiringWithinDays))}::date`;
      where.push(`c.id IN (SELECT i.childminder_id ${expiringItems})`);
    }
    if (q.missingEvidence !== undefined) {
      const t = p(today);
      where.push(
        q.missingEvidence
          ? `c.evidence_valid_until < ${t}::date`
          : `(c.evidence_valid_until IS NULL OR c.evidence_valid_until >= ${t}::date)`,
      );
    }
    const filter = where.join(' AND ');
    const filterParams = [...params];
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    const order = `${SORT_SQL[q.sort ?? 'name'].replaceAll('{dir}', dir)}, c.id ${dir}`;
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.id, c.tenant_id AS "tenantId", c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.phone, c.district, c.status,
              c.care_location_type AS "careLocationType", to_char(c.next_expiry_on, 'YYYY-MM-DD') AS "nextExpiry",
              to_char(c.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", c.adult_household_members AS "adultHouseholdMembers",
              c.qualification_variant AS "qualificationVariant", c.created_at AS "createdAt"
         FROM childminder c
        WHERE ${filter}
        ORDER BY ${order}
        LIMIT ${p(pageSize)} OFFSET ${p((page - 1) * pageSize)}`,
      params,
    );
    // The advisors' most common view ("what expires soon") counts from the item index alone.
    const countSql =
      expiringItems && where.length === 2
        ? `SELECT count(DISTINCT i.childminder_id)::int AS total ${expiringItems}`
        : `SELECT count(*)::int AS total FROM childminder c WHERE ${filter}`;
    const [{ total }] = await this.dataSource.query(countSql, filterParams);
    const counts = await this.checklist.counts(rows, this.dataSource.manager, today);
    if (opts.audit !== false) {
      await this.audit.record({ action: 'childminder.list', actor, targetType: 'childminder', details: { ids: rows.map((r) => r.id) } });
    }
    return {
      total,
      page,
      pageSize,
      items: rows.map((c) => ({
        id: c.id,
        firstName: c.firstName,
        lastName: c.lastName,
        email: c.email,
        phone: c.phone,
        district: c.district,
        status: c.status,
        careLocationType: c.careLocationType,
        nextExpiry: c.nextExpiry,
        evidence: counts.get(c.id) ?? { expiring: 0, expired: 0, missing: 0 },
        createdAt: new Date(c.createdAt).toISOString(),
      })),
    };
  }
}
