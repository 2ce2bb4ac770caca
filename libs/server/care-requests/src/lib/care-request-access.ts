import { Injectable } from '@nestjs/common';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import type { EntityManager } from 'typeorm';
import { CareRequest } from './care-request.entity';

/**
 * Who may see a care request: the parent who made it, and the office's advisors and admins. Any
 * other (a childminder, another family, another office) gets the same 404 as for a request that
 * does not exist, and the attempt is audited.
 */
@Injectable()
export class CareRequestAccess {
  constructor(private readonly audit: AuditService) {}

  canRead(actor: RequestUser, r: CareRequest): boolean {
    if (r.tenantId !== actor.tenantId) return false;
    if (actor.role === 'parent') return r.parentId === actor.id;
    return actor.role === 'advisor' || actor.role === 'admin';
  }

  async load(m: EntityManager, actor: RequestUser, id: string, lock = false): Promise<CareRequest> {
    const r = await m
      .getRepository(CareRequest)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!r || !this.canRead(actor, r)) {
      if (r) await this.audit.denied(actor, 'care_request', id, r.tenantId !== actor.tenantId ? 'other tenant' : 'not own request');
      throw apiError(404, 'Betreuungsanfrage nicht gefunden.');
    }
    return r;
  }
}
