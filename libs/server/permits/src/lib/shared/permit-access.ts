import { Injectable } from '@nestjs/common';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { Childminder } from '@lotse/server/childminders';
import type { EntityManager } from 'typeorm';

export const isStaff = (u: RequestUser) => u.role === 'advisor' || u.role === 'admin';

/**
 * Who may see a childminder's permit matters: the holder (her own file) and the staff of her
 * office. Anything else is a 404 (nobody learns that a file exists) and an `access.denied` entry.
 */
@Injectable()
export class PermitAccess {
  constructor(private readonly audit: AuditService) {}

  async childminder(m: EntityManager, actor: RequestUser, childminderId: string, opts: { lock?: boolean } = {}): Promise<Childminder> {
    const cm = await m
      .getRepository(Childminder)
      .findOne({ where: { id: childminderId }, lock: opts.lock ? { mode: 'pessimistic_write' } : undefined });
    const allowed = !!cm && cm.tenantId === actor.tenantId && (isStaff(actor) || (actor.role === 'childminder' && cm.userId === actor.id));
    if (!cm || !allowed) {
      if (cm)
        await this.audit.denied(actor, 'childminder', childminderId, cm.tenantId !== actor.tenantId ? 'other tenant' : 'not own file');
      throw apiError(404, 'Tagespflegeperson nicht gefunden.');
    }
    return cm;
  }

  async own(m: EntityManager, actor: RequestUser, opts: { lock?: boolean } = {}): Promise<Childminder> {
    const cm = await m
      .getRepository(Childminder)
      .findOne({ where: { userId: actor.id, tenantId: actor.tenantId }, lock: opts.lock ? { mode: 'pessimistic_write' } : undefined });
    if (!cm) throw apiError(404, 'Zu Ihrem Konto gibt es noch keine Akte als Tagespflegeperson.');
    return cm;
  }

  async denied(actor: RequestUser, targetType: string, id: string, reason: string): Promise<never> {
    await this.audit.denied(actor, targetType, id, reason);
    throw apiError(404, targetType === 'permit' ? 'Pflegeerlaubnis nicht gefunden.' : 'Antrag nicht gefunden.');
  }
}
