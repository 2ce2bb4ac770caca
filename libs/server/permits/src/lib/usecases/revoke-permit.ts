import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RevokePermitDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { Childminder, TimelineService } from '@lotse/server/childminders';
import { DataSource } from 'typeorm';
import { Permit } from '../entities';
import { OfficeToday } from '../shared/office-today';
import { PermitAccess } from '../shared/permit-access';

/** Revokes an issued permit (reason and date required). The holder is paused: she may not care without one. */
@Injectable()
export class RevokePermit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeToday,
  ) {}

  async execute(actor: RequestUser, id: string, dto: RevokePermitDto): Promise<{ id: string }> {
    return this.dataSource.transaction(async (m) => {
      const p = await m.getRepository(Permit).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p || p.tenantId !== actor.tenantId) return this.access.denied(actor, 'permit', id, p ? 'other tenant' : 'unknown');
      if (p.status !== 'issued') throw apiError(409, 'Nur eine erteilte, gültige Pflegeerlaubnis kann widerrufen werden.');
      p.status = 'revoked';
      p.revokedAt = this.day.now();
      p.revokedOn = dto.effectiveOn;
      p.revokedReason = dto.reason.trim();
      p.revokedBy = actor.id;
      await m.getRepository(Permit).save(p);
      const cm = await m.getRepository(Childminder).findOneOrFail({ where: { id: p.childminderId }, lock: { mode: 'pessimistic_write' } });
      if (cm.status === 'active') {
        cm.status = 'paused';
        cm.statusChangedAt = this.day.now();
        await m.getRepository(Childminder).save(cm);
        await this.timeline.record(m, { tenantId: cm.tenantId, childminderId: cm.id, actorId: actor.id, type: 'status_changed', details: { from: 'active', to: 'paused', note: `Pflegeerlaubnis ${p.number} widerrufen` } });
      }
      await this.timeline.record(m, { tenantId: cm.tenantId, childminderId: cm.id, actorId: actor.id, type: 'permit_revoked', details: { permitId: p.id, number: p.number, reason: p.revokedReason, effectiveOn: p.revokedOn } });
      await this.audit.record({ action: 'permit.revoke', actor, targetType: 'permit', targetId: p.id }, m);
      return { id: p.id };
    });
  }
}
