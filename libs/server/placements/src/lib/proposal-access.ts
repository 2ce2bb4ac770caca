import { Injectable } from '@nestjs/common';
import { CareRequestsPort, type CareRequestFacts } from '@lotse/server/care-requests';
import { type AccessAction, type RequestUser } from '@lotse/server/core';
import { AccessPolicy } from '@lotse/server/audit';
import type { EntityManager } from 'typeorm';
import { partiesOf } from './actor-childminder';
import { Proposal } from './entities';

export type ProposalSide = 'staff' | 'parent' | 'childminder';

/**
 * Loads a proposal for an action of the access policy: the office's staff (`office`), the parent whose
 * request it answers and the proposed childminder (`own`). Anyone else gets 404 (as if it did not
 * exist), audited by `AccessPolicy`. `side` says in which role the actor takes part.
 */
@Injectable()
export class ProposalAccess {
  constructor(
    private readonly requests: CareRequestsPort,
    private readonly policy: AccessPolicy,
  ) {}

  async load(
    m: EntityManager,
    actor: RequestUser,
    id: string,
    action: AccessAction,
    lock: boolean,
  ): Promise<{ proposal: Proposal; request: CareRequestFacts; side: ProposalSide }> {
    const p = await m.getRepository(Proposal).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const request = p && p.tenantId === actor.tenantId ? (await this.requests.read(m, [p.careRequestId])).get(p.careRequestId) : undefined;
    const parties = p && request ? await partiesOf(m, p.childminderId, request.parentId) : [];
    const proposal = await this.policy.requireRecord(
      actor,
      action,
      { type: 'proposal', id, notFound: 'Vorschlag nicht gefunden.' },
      p && (request || p.tenantId !== actor.tenantId) ? p : null,
      (x) => ({ tenantId: x.tenantId, owners: parties }),
    );
    const found = request as CareRequestFacts; // (out of reach without it: requireRecord has thrown)
    const side: ProposalSide = actor.id === found.parentId ? 'parent' : parties.includes(actor.id) ? 'childminder' : 'staff';
    return { proposal, request: found, side };
  }
}
