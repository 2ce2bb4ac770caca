import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildDto, CreateChildDto, Page, PageQueryDto } from '@lotse/shared/contracts';
import { apiError, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { formatISO } from 'date-fns';
import { DataSource } from 'typeorm';
import { Child, toChildDto } from './child.entity';

/**
 * Children's files are the most sensitive data in Lotse: parents see only their own children,
 * advisors the children of their tenant; every read and change is audited, refusals too.
 */
@Injectable()
export class ChildrenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private canRead(actor: RequestUser, child: Child): boolean {
    if (child.tenantId !== actor.tenantId) return false;
    if (actor.role === 'parent') return child.parentId === actor.id;
    return actor.role === 'advisor' || actor.role === 'admin';
  }

  async list(actor: RequestUser, q: PageQueryDto): Promise<Page<ChildDto>> {
    if (actor.role === 'childminder') {
      await this.audit.denied(actor, 'child', '*', 'childminders see children only through placements');
      throw apiError(403, 'Dafür fehlt Ihnen die Berechtigung.');
    }
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const where = { tenantId: actor.tenantId, ...(actor.role === 'parent' ? { parentId: actor.id } : {}) };
    const [rows, total] = await this.dataSource.getRepository(Child).findAndCount({
      where,
      order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    await this.audit.record({ action: 'child.list', actor, targetType: 'child', details: { ids: rows.map((r) => r.id) } });
    return { items: rows.map(toChildDto), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<ChildDto> {
    const child = await this.dataSource.getRepository(Child).findOne({ where: { id } });
    if (!child || !this.canRead(actor, child)) {
      if (child) await this.audit.denied(actor, 'child', id, child.tenantId !== actor.tenantId ? 'other tenant' : 'not own child');
      // Same answer whether the file exists or not: nobody learns about other families' children.
      throw apiError(404, 'Kind nicht gefunden.');
    }
    await this.audit.record({ action: 'child.read', actor, targetType: 'child', targetId: id });
    return toChildDto(child);
  }

  async create(actor: RequestUser, dto: CreateChildDto): Promise<ChildDto> {
    const today = formatISO(this.clock.now(), { representation: 'date' });
    if (dto.dateOfBirth > today) {
      throw apiError(400, 'Die Eingaben sind unvollständig oder ungültig.', [
        { field: 'dateOfBirth', message: 'Das Geburtsdatum darf nicht in der Zukunft liegen.', code: 'notFuture' },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Child);
      const child = await repo.save(
        repo.create({
          tenantId: actor.tenantId,
          parentId: actor.id,
          firstName: dto.firstName.trim(),
          lastName: dto.lastName.trim(),
          dateOfBirth: dto.dateOfBirth,
          notes: dto.notes?.trim() || null,
        }),
      );
      await this.audit.record({ action: 'child.create', actor, targetType: 'child', targetId: child.id }, m);
      return toChildDto(child);
    });
  }
}
