import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreatePartnerServiceDto,
  PartnerServiceDetailsDto,
  PartnerServiceDto,
  PartnerServicesQueryDto,
  PublicPartnerServiceDto,
  UpdatePartnerServiceDto,
} from '@lotse/shared/contracts';
import { apiError, type RequestUser, allows } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { PartnerService } from '../entities';

/** Fields whose change the audit log names (old and new value: directory data, not personal data). */
const AUDITED = ['name', 'category', 'offer', 'address', 'phone', 'email', 'website', 'openingHours', 'active'] as const;

/**
 * The office's directory of partner services. Staff (advisors, admins) browse and search it; the
 * coordinator (admin) keeps it: create, change, deactivate, each audited with the changed fields.
 */
@Injectable()
export class PartnerServices {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  async list(actor: RequestUser, q: PartnerServicesQueryDto): Promise<PartnerServiceDto[]> {
    const qb = this.dataSource.getRepository(PartnerService).createQueryBuilder('p').where('p.tenantId = :t', { t: actor.tenantId });
    if (!(q.includeInactive === 'true' && allows(actor, 'partner-service.write'))) qb.andWhere('p.active = true');
    if (q.category) qb.andWhere('p.category = :c', { c: q.category });
    const text = q.q?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere('(p.name ILIKE :like OR p.offer ILIKE :like OR p.address ILIKE :like)', { like });
    }
    const rows = await qb.orderBy('p.active', 'DESC').addOrderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').getMany();
    return rows.map(toDto);
  }

  async get(actor: RequestUser, id: string): Promise<PartnerServiceDto> {
    return toDto(await this.find(actor, id));
  }

  /** Active partners of one office, for the public page `/wegweiser`. */
  async listPublic(tenantId: string): Promise<PublicPartnerServiceDto[]> {
    const rows = await this.dataSource
      .getRepository(PartnerService)
      .find({ where: { tenantId, active: true }, order: { category: 'ASC', name: 'ASC', id: 'ASC' } });
    return rows.map((p) => {
      const { active: _a, version: _v, updatedAt: _u, ...pub } = toDto(p);
      return pub;
    });
  }

  async create(actor: RequestUser, dto: CreatePartnerServiceDto): Promise<PartnerServiceDto> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(PartnerService);
      const p = repo.create({ tenantId: actor.tenantId, active: true });
      apply(p, dto);
      const saved = await repo.save(p);
      await this.audit.record(
        {
          action: 'partner_service.create',
          actor,
          targetType: 'partner_service',
          targetId: saved.id,
          details: { name: saved.name, category: saved.category },
        },
        m,
      );
      return toDto(saved);
    });
  }

  async update(actor: RequestUser, id: string, dto: UpdatePartnerServiceDto): Promise<PartnerServiceDto> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.policy.requireRecord(
        actor,
        'partner-service.write',
        { type: 'partner_service', id, notFound: 'Partner nicht gefunden.' },
        await m.getRepository(PartnerService).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }),
        (x) => ({ tenantId: x.tenantId, owners: [] }),
      );
      if (p.version !== dto.version) throw apiError(409, 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie neu.');
      const before = { ...p };
      apply(p, dto);
      p.active = dto.active;
      const changes: Record<string, [unknown, unknown]> = {};
      for (const k of AUDITED) if (before[k] !== p[k]) changes[k] = [before[k], p[k]];
      if (Object.keys(changes).length === 0) return toDto(p);
      const saved = await m.getRepository(PartnerService).save(p);
      await this.audit.record(
        { action: 'partner_service.update', actor, targetType: 'partner_service', targetId: id, details: { changes } },
        m,
      );
      return toDto(saved);
    });
  }

  /** The office's own partner, or 404 (another office's is logged as a refused access). */
  async find(actor: RequestUser, id: string): Promise<PartnerService> {
    return this.policy.requireRecord(
      actor,
      'partner-service.read',
      { type: 'partner_service', id, notFound: 'Partner nicht gefunden.' },
      await this.dataSource.getRepository(PartnerService).findOne({ where: { id } }),
      (x) => ({ tenantId: x.tenantId, owners: [] }),
    );
  }
}

const clean = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function apply(p: PartnerService, dto: PartnerServiceDetailsDto): void {
  p.name = dto.name.trim();
  p.category = dto.category;
  p.offer = dto.offer.trim();
  p.address = clean(dto.address);
  p.phone = clean(dto.phone);
  p.email = clean(dto.email)?.toLowerCase() ?? null;
  p.website = clean(dto.website);
  p.openingHours = clean(dto.openingHours);
}

function toDto(p: PartnerService): PartnerServiceDto {
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    offer: p.offer,
    address: p.address,
    phone: p.phone,
    email: p.email,
    website: p.website,
    openingHours: p.openingHours,
    active: p.active,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}
