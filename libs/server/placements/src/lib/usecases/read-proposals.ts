import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, ProposalDto } from '@lotse/shared/contracts';
import { CareRequestsPort } from '@lotse/server/care-requests';
import { type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { OWN_CHILDMINDER_SQL } from '../actor-childminder';
import { Proposal } from '../entities';
import { ProposalAccess } from '../proposal-access';
import { loadSides, toProposalDto } from '../proposal.mapper';

export interface ProposalsQuery {
  page?: number;
  pageSize?: number;
  careRequestId?: string;
  status?: string;
}

/** Proposals each party may see: the childminder hers, the parents theirs, the office all. Reads audited. */
@Injectable()
export class ReadProposals {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: CareRequestsPort,
    private readonly access: ProposalAccess,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  async list(actor: RequestUser, q: ProposalsQuery): Promise<Page<ProposalDto>> {
    const m = this.dataSource.manager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const qb = m.getRepository(Proposal).createQueryBuilder('p').where('p.tenantId = :t', { t: actor.tenantId });
    // `own`: the proposals the actor is a party to (her family's requests, her own file).
    if ((await this.policy.require(actor, 'proposal.list')) === 'own')
      qb.andWhere(`(p.careRequestId IN (SELECT id FROM care_request WHERE parent_id = :u) OR ${OWN_CHILDMINDER_SQL('p.childminder_id')})`, {
        u: actor.id,
      });
    if (q.careRequestId) qb.andWhere('p.careRequestId = :r', { r: q.careRequestId });
    if (q.status) qb.andWhere('p.status = :s', { s: q.status });
    const [rows, total] = await qb
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const requests = await this.requests.read(
      m,
      rows.map((r) => r.careRequestId),
    );
    const sides = await loadSides(m, rows, requests);
    await this.audit.record({ action: 'proposal.list', actor, targetType: 'proposal', details: { ids: rows.map((r) => r.id) } });
    return { items: rows.map((p) => toProposalDto(actor, p, requests.get(p.careRequestId)!, sides)), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<ProposalDto> {
    const m = this.dataSource.manager;
    const { proposal, request } = await this.access.load(m, actor, id, 'proposal.read', false);
    await this.audit.record({ action: 'proposal.read', actor, targetType: 'proposal', targetId: id });
    const requests = new Map([[request.id, request]]);
    return toProposalDto(actor, proposal, request, await loadSides(m, [proposal], requests));
  }
}
