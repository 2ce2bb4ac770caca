import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildDto, CreateChildDto, MeaslesProofStatus, Page, PageQueryDto, UpdateMeaslesProofDto } from '@lotse/shared/contracts';
import { apiError, Clock, type RequestUser, seesOffice, type AccessAction } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { formatISO } from 'date-fns';
import { DataSource, type EntityManager } from 'typeorm';
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
    private readonly policy: AccessPolicy,
  ) {}

  /** A child's file for an action of the access policy: the parent's own, any of the office for staff; else 404, audited. */
  private allowed(actor: RequestUser, action: AccessAction, id: string, child: Child | null): Promise<Child> {
    return this.policy.requireRecord(actor, action, { type: 'child', id, notFound: 'Kind nicht gefunden.' }, child, (c) => ({
      tenantId: c.tenantId,
      owners: [c.parentId],
    }));
  }

  async list(actor: RequestUser, q: PageQueryDto): Promise<Page<ChildDto>> {
    // Childminders see children only through placements: the role has no grant for the list.
    const scope = await this.policy.require(actor, 'child.list');
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const where = { tenantId: actor.tenantId, ...(scope === 'own' ? { parentId: actor.id } : {}) };
    const [rows, total] = await this.dataSource.getRepository(Child).findAndCount({
      where,
      order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    await this.audit.record({ action: 'child.list', actor, targetType: 'child', details: { ids: rows.map((r) => r.id) } });
    const names = await this.parentNames(rows.map((r) => r.parentId));
    return { items: rows.map((r) => toChildDto(r, names.get(r.parentId) ?? null)), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<ChildDto> {
    // Same answer whether the file exists or not: nobody learns about other families' children.
    const child = await this.allowed(actor, 'child.read', id, await this.dataSource.getRepository(Child).findOne({ where: { id } }));
    await this.audit.record({ action: 'child.read', actor, targetType: 'child', targetId: id });
    return toChildDto(child, (await this.parentNames([child.parentId])).get(child.parentId) ?? null);
  }

  private async parentNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id, concat_ws(' ', first_name, last_name) AS name FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * The measles proof (§20 Abs. 8 IfSG): parents declare it (or take the declaration back); only
   * staff record it as seen, and a recorded proof is not changed by the parents.
   */
  async updateMeaslesProof(actor: RequestUser, id: string, dto: UpdateMeaslesProofDto): Promise<ChildDto> {
    return this.dataSource.transaction(async (m) => {
      const child = await this.allowed(
        actor,
        'child.measles-proof',
        id,
        await m.getRepository(Child).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }),
      );
      if (child.version !== dto.version) throw apiError(409, 'Die Angaben zum Kind wurden inzwischen geändert. Bitte laden Sie neu.');
      // Parents (own scope) declare; staff of the office record the proof as seen.
      if (!seesOffice(actor, 'child.measles-proof') && (dto.status === 'recorded' || child.measlesProof === 'recorded')) {
        throw apiError(422, 'Den Masernschutz-Nachweis erfasst die Fachberatung, wenn sie ihn gesehen hat.', [
          { field: 'status', message: 'Bitte legen Sie den Nachweis der Fachberatung oder der Tagespflegeperson vor.', code: 'staffOnly' },
        ]);
      }
      const recorded = dto.status === 'recorded';
      child.measlesProof = dto.status;
      child.measlesProofRecordedAt = recorded ? this.clock.now() : null;
      child.measlesProofRecordedBy = recorded ? actor.id : null;
      const saved = await m.getRepository(Child).save(child);
      await this.audit.record(
        { action: 'child.update', actor, targetType: 'child', targetId: id, details: { measlesProof: dto.status } },
        m,
      );
      return toChildDto(saved, (await this.parentNames([saved.parentId])).get(saved.parentId) ?? null);
    });
  }

  /**
   * What other domains (care requests, placements) may know of a child, read in their transaction.
   * Access is theirs to check; this returns null for a child of another tenant.
   */
  async facts(m: EntityManager, tenantId: string, id: string): Promise<ChildFacts | null> {
    const c = await m.getRepository(Child).findOne({ where: { id } });
    if (!c || c.tenantId !== tenantId) return null;
    return {
      id: c.id,
      tenantId: c.tenantId,
      parentId: c.parentId,
      firstName: c.firstName,
      lastName: c.lastName,
      dateOfBirth: c.dateOfBirth,
      measlesProof: c.measlesProof,
    };
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
          measlesProof: 'missing',
          measlesProofRecordedAt: null,
          measlesProofRecordedBy: null,
        }),
      );
      await this.audit.record({ action: 'child.create', actor, targetType: 'child', targetId: child.id }, m);
      return toChildDto(child, actor.displayName);
    });
  }
}

export interface ChildFacts {
  id: string;
  tenantId: string;
  parentId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  measlesProof: MeaslesProofStatus;
}
