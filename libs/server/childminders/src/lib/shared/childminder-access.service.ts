import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { Childminder } from '../entities';

export const NOT_FOUND = 'Tagespflegeperson nicht gefunden.';

export const isStaff = (u: Pick<RequestUser, 'role'>) => u.role === 'advisor' || u.role === 'admin';

/**
 * Who may see a childminder's file: the childminder herself, and advisors/admins of the same
 * tenant. Anyone else gets 404 (nobody learns the file exists) and the attempt is audited.
 * Parents never reach these routes (@Roles refuses them with 403, audited by the guard).
 */
@Injectable()
export class ChildminderAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Loads the file if `actor` may see it. With a manager inside a transaction, `lock` takes a row
   * lock, so concurrent changes to the same file (superseding, status) run one after the other.
   */
  async load(actor: RequestUser, id: string, opts: { manager?: EntityManager; lock?: boolean } = {}): Promise<Childminder> {
    const m = opts.manager ?? this.dataSource.manager;
    const cm = await m
      .getRepository(Childminder)
      .findOne({ where: { id }, ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const reason = !cm
      ? null
      : cm.tenantId !== actor.tenantId
        ? 'other tenant'
        : !isStaff(actor) && cm.userId !== actor.id
          ? 'not own file'
          : null;
    if (!cm || reason) {
      // Written outside the caller's transaction: the request fails, the record of it stays.
      if (cm && reason) await this.audit.denied(actor, 'childminder', id, reason);
      throw apiError(404, NOT_FOUND);
    }
    return cm;
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
    if (isStaff(actor))
      await this.audit.record({ action: 'childminder.read', actor, targetType: 'childminder', targetId: cm.id, details: { view } });
  }

  requireStaff(actor: RequestUser): void {
    if (!isStaff(actor)) throw apiError(403, 'Das darf nur die Fachberatung.');
  }
}
