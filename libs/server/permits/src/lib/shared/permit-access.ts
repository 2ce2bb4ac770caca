import { Injectable } from '@nestjs/common';
import { apiError, type AccessAction, type RequestUser } from '@lotse/server/core';
import { AccessPolicy } from '@lotse/server/audit';
import { Childminder } from '@lotse/server/childminders';
import type { EntityManager } from 'typeorm';

/**
 * Loads what a permit matter needs for an action of the access policy: the holder (her own file) and
 * the staff of her office. Anything else is a 404 (nobody learns that a file exists), audited by
 * `AccessPolicy`.
 */
@Injectable()
export class PermitAccess {
  constructor(private readonly policy: AccessPolicy) {}

  async childminder(
    m: EntityManager,
    actor: RequestUser,
    childminderId: string,
    action: AccessAction,
    opts: { lock?: boolean } = {},
  ): Promise<Childminder> {
    const cm = await m
      .getRepository(Childminder)
      .findOne({ where: { id: childminderId }, lock: opts.lock ? { mode: 'pessimistic_write' } : undefined });
    return this.policy.requireRecord(
      actor,
      action,
      { type: 'childminder', id: childminderId, notFound: 'Tagespflegeperson nicht gefunden.' },
      cm,
      (x) => ({ tenantId: x.tenantId, owners: [x.userId] }),
    );
  }

  async own(m: EntityManager, actor: RequestUser, opts: { lock?: boolean } = {}): Promise<Childminder> {
    const cm = await m
      .getRepository(Childminder)
      .findOne({ where: { userId: actor.id, tenantId: actor.tenantId }, lock: opts.lock ? { mode: 'pessimistic_write' } : undefined });
    if (!cm) throw apiError(404, 'Zu Ihrem Konto gibt es noch keine Akte als Tagespflegeperson.');
    return cm;
  }

  /** A permit or application out of reach (another office, unknown, not issued yet): 404, audited by the policy. */
  denied(actor: RequestUser, targetType: 'permit' | 'permit_application', id: string, reason: string): Promise<never> {
    return this.policy.refuse(
      actor,
      { type: targetType, id, notFound: targetType === 'permit' ? 'Pflegeerlaubnis nicht gefunden.' : 'Antrag nicht gefunden.' },
      reason,
    );
  }
}
