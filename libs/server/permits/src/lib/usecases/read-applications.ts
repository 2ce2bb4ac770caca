import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationQueryDto, BlockingItemDto, Page, PermitApplicationDto } from '@lotse/shared/contracts';
import { type RequestUser, seesOffice } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { BuildChecklist, Childminder } from '@lotse/server/childminders';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Permit, PermitApplication, SuitabilityCheck } from '../entities';
import { loadNames, toApplicationDto } from '../shared/mappers';
import { PermitAccess } from '../shared/permit-access';

/** Mandatory evidence that is missing or expired today, item by item (the decision waits for it). */
export async function blockingItems(checklists: BuildChecklist, cm: Childminder, m: EntityManager): Promise<BlockingItemDto[]> {
  const list = await checklists.execute(cm, m);
  return list.entries
    .filter((e) => e.rule.mandatory && (e.status === 'missing' || e.status === 'expired'))
    .map((e) => ({ type: e.type, label: e.label, personName: e.personName, status: e.status, reason: e.reason }));
}

@Injectable()
export class ReadApplications {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly checklists: BuildChecklist,
    private readonly audit: AuditService,
  ) {}

  /** The advisors' queue: open applications first, oldest first. */
  async list(actor: RequestUser, q: ApplicationQueryDto): Promise<Page<PermitApplicationDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const where = { tenantId: actor.tenantId, ...(q.status ? { status: q.status } : {}) };
    const [apps, total] = await this.dataSource.getRepository(PermitApplication).findAndCount({
      where: q.status
        ? where
        : [
            { ...where, status: 'submitted' },
            { ...where, status: 'in_review' },
            { ...where, status: 'decided' },
          ],
      order: { status: 'DESC', submittedAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const m = this.dataSource.manager;
    const cms = apps.length ? await m.getRepository(Childminder).find({ where: { id: In(apps.map((a) => a.childminderId)) } }) : [];
    const byId = new Map(cms.map((c) => [c.id, c]));
    const permits = apps.length ? await m.getRepository(Permit).find({ where: { applicationId: In(apps.map((a) => a.id)) } }) : [];
    const names = await loadNames(
      m,
      apps.map((a) => a.decidedBy),
    );
    const items: PermitApplicationDto[] = [];
    for (const a of apps) {
      const cm = byId.get(a.childminderId)!;
      const open = a.status === 'submitted' || a.status === 'in_review';
      items.push(
        toApplicationDto(a, {
          childminderName: `${cm.firstName} ${cm.lastName}`,
          blocking: open ? await blockingItems(this.checklists, cm, m) : [],
          checks: [],
          permitId: permits.find((p) => p.applicationId === a.id)?.id ?? null,
          names,
        }),
      );
    }
    await this.audit.record({ action: 'permit.read', actor, targetType: 'permit_application', details: { list: items.map((i) => i.id) } });
    return { items, total, page, pageSize };
  }

  async get(actor: RequestUser, id: string, m: EntityManager = this.dataSource.manager): Promise<PermitApplicationDto> {
    const app = await m.getRepository(PermitApplication).findOne({ where: { id } });
    if (!app) return this.access.denied(actor, 'permit_application', id, 'unknown');
    if (app.tenantId !== actor.tenantId) return this.access.denied(actor, 'permit_application', id, 'other tenant');
    const cm = await this.access.childminder(m, actor, app.childminderId, 'permit-application.read');
    // Staff reading an application (with the suitability findings) is audited; the holder's own reads are not.
    if (seesOffice(actor, 'permit-application.read'))
      await this.audit.record({ action: 'permit.read', actor, targetType: 'permit_application', targetId: id }, m);
    const checks = await m.getRepository(SuitabilityCheck).find({ where: { applicationId: id }, order: { date: 'ASC', createdAt: 'ASC' } });
    const permit = await m.getRepository(Permit).findOne({ where: { applicationId: id } });
    const names = await loadNames(m, [app.decidedBy, ...checks.map((c) => c.recordedBy)]);
    const open = app.status === 'submitted' || app.status === 'in_review';
    return toApplicationDto(app, {
      childminderName: `${cm.firstName} ${cm.lastName}`,
      blocking: open ? await blockingItems(this.checklists, cm, m) : [],
      checks,
      permitId: permit?.id ?? null,
      names,
    });
  }

  /** The signed-in childminder's applications, newest first. */
  async mine(actor: RequestUser): Promise<PermitApplicationDto[]> {
    const m = this.dataSource.manager;
    const cm = await this.access.own(m, actor);
    const apps = await m.getRepository(PermitApplication).find({ where: { childminderId: cm.id }, order: { submittedAt: 'DESC' } });
    const out: PermitApplicationDto[] = [];
    for (const a of apps) out.push(await this.get(actor, a.id, m));
    return out;
  }
}
