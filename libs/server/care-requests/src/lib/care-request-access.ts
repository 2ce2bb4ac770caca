import { Injectable } from '@nestjs/common';
import { type AccessAction, type RequestUser } from '@lotse/server/core';
import { AccessPolicy } from '@lotse/server/audit';
import type { EntityManager } from 'typeorm';
import { CareRequest } from './care-request.entity';

export const CARE_REQUEST_NOT_FOUND = 'Betreuungsanfrage nicht gefunden.';

/**
 * Loads a care request for an action of the access policy: the parent who made it (`own`) and the
 * office's staff (`office`). Any other (another family, another office) gets the same 404 as for a
 * request that does not exist, audited by `AccessPolicy`.
 */
@Injectable()
export class CareRequestAccess {
  constructor(private readonly policy: AccessPolicy) {}

  async load(m: EntityManager, actor: RequestUser, id: string, action: AccessAction, lock = false): Promise<CareRequest> {
    const r = await m
      .getRepository(CareRequest)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return this.policy.requireRecord(actor, action, { type: 'care_request', id, notFound: CARE_REQUEST_NOT_FOUND }, r, (x) => ({
      tenantId: x.tenantId,
      owners: [x.parentId],
    }));
  }
}
