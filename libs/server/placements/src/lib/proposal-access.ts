import { Injectable } from '@nestjs/common';
import { CareRequestsPort, type CareRequestFacts } from '@lotse/server/care-requests';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import type { EntityManager } from 'typeorm';
import { isStaff, ownChildminderId } from './actor-childminder';
import { Proposal } from './entities';

export type ProposalSide = 'staff' | 'parent' | 'childminder';

/**
 * Who may see a proposal: the office's staff, the parent whose request it answers, the proposed
 * childminder. Anyone else gets 404 (as if it did not exist), audited.
 */
@Injectable()
export class ProposalAccess {
  constructor(
    private readonly requests: CareRequestsPort,
    private readonly audit: AuditService,
  ) {}

  async load(
    m: EntityManager,
    actor: RequestUser,
    id: string,
    lock: boolean,
  ): Promise<{ proposal: Proposal; request: CareRequestFacts; side: ProposalSide }> {
    const p = await m.getRepository(Proposal).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const request = p && p.tenantId === actor.tenantId ? (await this.requests.read(m, [p.careRequestId])).get(p.careRequestId) : undefined;
    const side = p && request ? await this.sideOf(m, actor, p, request) : null;
    if (!p || !request || !side) {
      if (p) await this.audit.denied(actor, 'proposal', id, p.tenantId !== actor.tenantId ? 'other tenant' : 'not party to the proposal');
      throw apiError(404, 'Vorschlag nicht gefunden.');
    }
    return { proposal: p, request, side };
  }

  private async sideOf(m: EntityManager, actor: RequestUser, p: Proposal, r: CareRequestFacts): Promise<ProposalSide | null> {
    if (isStaff(actor)) return 'staff';
    if (actor.role === 'parent') return r.parentId === actor.id ? 'parent' : null;
    if (actor.role === 'childminder') {
      const own = await ownChildminderId(m, actor).catch(() => null);
      return own === p.childminderId ? 'childminder' : null;
    }
    return null;
  }
}
