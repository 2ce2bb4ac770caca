import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PermitDto, PermitQueryDto } from '@lotse/shared/contracts';
import { plusDays } from '@lotse/shared/domain';
import { apiError, type RequestUser, seesOffice } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DocumentsService, StoredDocument } from '@lotse/server/documents';
import { Brackets, DataSource, In, IsNull, Not } from 'typeorm';
import { Permit } from '../entities';
import { loadNames, toPermitDto } from '../shared/mappers';
import { OfficeToday } from '../shared/office-today';
import { PermitAccess } from '../shared/permit-access';

@Injectable()
export class ReadPermits {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly day: OfficeToday,
  ) {}

  private async dtos(permits: Permit[]): Promise<PermitDto[]> {
    const m = this.dataSource.manager;
    const docs = permits.some((p) => p.documentId)
      ? await m.getRepository(StoredDocument).find({ where: { id: In(permits.map((p) => p.documentId).filter((x): x is string => !!x)) } })
      : [];
    const names = await loadNames(
      m,
      permits.flatMap((p) => [p.decidedBy, p.approvedBy]),
    );
    return permits.map((p) => {
      const d = docs.find((x) => x.id === p.documentId);
      return toPermitDto(p, names, d ? { id: d.id, sha256: d.sha256, sizeBytes: d.sizeBytes, fileName: d.fileName } : null);
    });
  }

  /** The permit register of the office: filter by status, expiring within N days, name or number. */
  async list(actor: RequestUser, q: PermitQueryDto): Promise<Page<PermitDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const qb = this.dataSource.getRepository(Permit).createQueryBuilder('p').where('p.tenant_id = :t', { t: actor.tenantId });
    if (q.status) qb.andWhere('p.status = :s', { s: q.status });
    if (q.expiringWithinDays) {
      const today = this.day.today();
      qb.andWhere(`p.status = 'issued' AND p.valid_until BETWEEN :today AND :until`, {
        today,
        until: plusDays(today, q.expiringWithinDays),
      });
    }
    if (q.q?.trim()) {
      const like = `%${q.q
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`lower(p.number) LIKE :like`, { like })
            .orWhere(`lower(p.holder->>'lastName' || ' ' || (p.holder->>'firstName')) LIKE :like`, { like })
            .orWhere(`lower((p.holder->>'firstName') || ' ' || (p.holder->>'lastName')) LIKE :like`, { like }),
        ),
      );
    }
    const [rows, total] = await qb
      .orderBy('p.valid_until', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    await this.audit.record({ action: 'permit.read', actor, targetType: 'permit', details: { list: rows.map((r) => r.id) } });
    return { items: await this.dtos(rows), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<PermitDto & { history: PermitDto[] }> {
    const m = this.dataSource.manager;
    const p = await m.getRepository(Permit).findOne({ where: { id } });
    if (!p || p.tenantId !== actor.tenantId) return this.access.denied(actor, 'permit', id, p ? 'other tenant' : 'unknown');
    await this.access.childminder(m, actor, p.childminderId, 'permit.read');
    // Drafts and approvals waiting for the second pair of eyes stay with the office.
    const office = seesOffice(actor, 'permit.read');
    if (!office && (p.status === 'draft' || p.status === 'approved')) return this.access.denied(actor, 'permit', id, 'not issued yet');
    const all = await m.getRepository(Permit).find({ where: { childminderId: p.childminderId }, order: { decidedAt: 'DESC' } });
    const [dto, ...rest] = await this.dtos([
      p,
      ...all.filter((x) => x.id !== p.id && (office || (x.status !== 'draft' && x.status !== 'approved'))),
    ]);
    if (office)
      await this.audit.record({
        action: 'permit.read',
        actor,
        targetType: 'permit',
        targetId: p.id,
        details: { history: rest.map((h) => h.id) },
      });
    return { ...dto, history: rest };
  }

  /** The holder's own permits, newest first (drafts stay with the office). */
  async mine(actor: RequestUser): Promise<PermitDto[]> {
    const m = this.dataSource.manager;
    const cm = await this.access.own(m, actor);
    // An ended permit is hers too once it had been issued (the end of the file ends drafts as well).
    const rows = await m.getRepository(Permit).find({
      where: [
        { childminderId: cm.id, status: In(['issued', 'expired', 'revoked', 'superseded']) },
        { childminderId: cm.id, status: 'ended', issuedAt: Not(IsNull()) },
      ],
      order: { issuedAt: 'DESC' },
    });
    return this.dtos(rows);
  }

  /** The PDF, for the holder and the office's staff; every download is audited. */
  async pdf(actor: RequestUser, id: string): Promise<{ data: Buffer; fileName: string }> {
    const m = this.dataSource.manager;
    const p = await m.getRepository(Permit).findOne({ where: { id } });
    if (!p || p.tenantId !== actor.tenantId) return this.access.denied(actor, 'permit', id, p ? 'other tenant' : 'unknown');
    await this.access.childminder(m, actor, p.childminderId, 'permit.read');
    if (!p.documentId) throw apiError(409, 'Das Dokument wird gerade erstellt. Bitte versuchen Sie es in einigen Sekunden erneut.');
    const loaded = await this.documents.load(p.tenantId, p.documentId);
    if (!loaded) throw apiError(404, 'Das Dokument ist nicht mehr vorhanden.');
    await this.audit.record({
      action: 'permit.download',
      actor,
      targetType: 'permit',
      targetId: p.id,
      details: { documentId: p.documentId },
    });
    return { data: loaded.data, fileName: loaded.doc.fileName };
  }
}
