import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_CARE_REQUEST_STATUSES, type CareRequestDto, type CareRequestsQueryDto, type Page } from '@lotse/shared/contracts';
import { type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource, In } from 'typeorm';
import { CareRequestAccess } from '../care-request-access';
import { CareRequest } from '../care-request.entity';
import { loadNames, toCareRequestDto } from '../care-request.mapper';

const SORTS: Record<string, string[]> = {
  priority: ['r.entitled DESC', 'r.submitted_at ASC'],
  waitingSince: ['r.submitted_at'],
  desiredStart: ['r.desired_start'],
  age: ['r.age_at_start_months'],
  name: ['c.last_name', 'c.first_name'],
};

/**
 * The advisor's request queue (filters, priority order by default) and the parents' "Meine
 * Anfragen". Childminders never list requests: they see the proposals made to them. Every read of
 * a request (a child's data) is audited, lists with the ids shown.
 */
@Injectable()
export class ReadCareRequests {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CareRequestAccess,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  async list(actor: RequestUser, q: CareRequestsQueryDto): Promise<Page<CareRequestDto>> {
    // Childminders see requests only through proposals: the role has no grant for the list.
    const own = (await this.policy.require(actor, 'care-request.list')) === 'own';
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const where: string[] = ['r.tenant_id = $1'];
    const params: unknown[] = [actor.tenantId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (own) add('r.parent_id = ?', actor.id);
    const statuses = q.status ? ([] as string[]).concat(q.status) : own ? [] : [...OPEN_CARE_REQUEST_STATUSES];
    if (statuses.length) add('r.status = ANY(?::text[])', statuses);
    if (q.district) add('r.district = ?', q.district);
    if (q.ageFromMonths !== undefined) add('r.age_at_start_months >= ?', q.ageFromMonths);
    if (q.ageToMonths !== undefined) add('r.age_at_start_months <= ?', q.ageToMonths);
    if (q.startMonth) add(`to_char(r.desired_start, 'YYYY-MM') = ?`, q.startMonth);
    if (q.entitled) add('r.entitled = ?', q.entitled === 'true');
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    const sort = (SORTS[q.sort ?? 'priority'] ?? SORTS['priority']).map((s) => (/ (ASC|DESC)$/.test(s) ? s : `${s} ${dir}`));
    const base = `FROM care_request r JOIN child c ON c.id = r.child_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${base}`, params);
    const ids: Array<{ id: string }> = await this.dataSource.query(
      `SELECT r.id ${base} ORDER BY ${[...sort, 'r.id'].join(', ')} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const rows = ids.length ? await this.dataSource.getRepository(CareRequest).findBy({ id: In(ids.map((i) => i.id)) }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = ids.map((i) => byId.get(i.id)!).filter(Boolean);
    const names = await loadNames(this.dataSource.manager, ordered);
    await this.audit.record({ action: 'care_request.list', actor, targetType: 'care_request', details: { ids: ordered.map((r) => r.id) } });
    return { items: ordered.map((r) => toCareRequestDto(r, names.get(r.id))), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<CareRequestDto> {
    const m = this.dataSource.manager;
    const r = await this.access.load(m, actor, id, 'care-request.read');
    await this.audit.record({ action: 'care_request.read', actor, targetType: 'care_request', targetId: id });
    return toCareRequestDto(r, (await loadNames(m, [r])).get(r.id));
  }
}
