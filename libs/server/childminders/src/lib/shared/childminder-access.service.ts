import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { apiError, seesOffice, type AccessAction, type RequestUser } from '@lotse/server/core';
import { AccessPolicy, AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { Childminder } from '../entities';

export const NOT_FOUND = 'Tagespflegeperson nicht gefunden.';

/**
 * Loads a childminder's file for an action of the access policy (`ACCESS_POLICY`): the childminder
 * herself (`own`) and the staff of her office (`office`). Anyone else gets 404 (nobody learns the file
 * exists) and the attempt is audited by `AccessPolicy`. The access guard has checked the route already;
 * this is the second check where the record is loaded (and locked).
 */
@Injectable()
export class ChildminderAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * Loads the file if `actor` may see it. With a manager inside a transaction, `lock` takes a row
   * lock, so concurrent changes to the same file (superseding, status) run one after the other.
   */
  async load(
    actor: RequestUser,
    id: string,
    opts: { manager?: EntityManager; lock?: boolean; action?: AccessAction } = {},
  ): Promise<Childminder> {
    const m = opts.manager ?? this.dataSource.manager;
    const cm = await m
      .getRepository(Childminder)
      .findOne({ where: { id }, ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return this.policy.requireRecord(
      actor,
      opts.action ?? 'childminder.read',
      { type: 'childminder', id, notFound: NOT_FOUND },
      cm,
      (x) => ({
        tenantId: x.tenantId,
        owners: [x.userId],
      }),
    );
  }

  /** The signed-in childminder's own file. */
  async own(actor: RequestUser, opts: { manager?: EntityManager; lock?: boolean } = {}): Promise<Childminder> {
    const m = opts.manager ?? this.dataSource.manager;
    const cm = await m.getRepository(Childminder).findOne({
      where: { userId: actor.id, tenantId: actor.tenantId },
      ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!cm) throw apiError(404, 'Für Ihr Konto gibt es noch kein Profil als Tagespflegeperson.');
    return cm;
  }

  /** Staff reading someone's file is audited (own reads are not). */
  async auditRead(actor: RequestUser, cm: Childminder, view: string): Promise<void> {
    if (seesOffice(actor, 'childminder.read'))
      await this.audit.record({ action: 'childminder.read', actor, targetType: 'childminder', targetId: cm.id, details: { view } });
  }

  /** The action as such (403 with `message`, audited), for use cases reached from several routes. */
  async require(actor: RequestUser, action: AccessAction, message?: string): Promise<void> {
    await this.policy.require(actor, action, undefined, message);
  }
}
