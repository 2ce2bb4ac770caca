import { Injectable } from '@nestjs/common';
import type { CareNeedsView, CareRequestStatus, CareWishesView, WeeklyTimeView } from '@lotse/shared/contracts';
import type { EntityManager } from 'typeorm';
import { CareRequest } from './care-request.entity';
import { CareRequestHooks, type CareRequestEndedListener } from './care-request-hooks';

/** What placements may know of a request (no entity crosses the domain boundary). */
export interface CareRequestFacts {
  id: string;
  tenantId: string;
  childId: string;
  parentId: string;
  status: CareRequestStatus;
  desiredStart: string;
  schedule: WeeklyTimeView[];
  district: string;
  street: string;
  postcode: string;
  city: string;
  maxDistanceKm: number;
  needs: CareNeedsView;
  wishes: CareWishesView;
  ageAtStartMonths: number;
  entitled: boolean;
  submittedAt: Date;
  version: number;
}

const facts = (r: CareRequest): CareRequestFacts => ({
  id: r.id,
  tenantId: r.tenantId,
  childId: r.childId,
  parentId: r.parentId,
  status: r.status,
  desiredStart: r.desiredStart,
  schedule: r.schedule,
  district: r.district,
  street: r.street,
  postcode: r.postcode,
  city: r.city,
  maxDistanceKm: r.maxDistanceKm,
  needs: r.needs,
  wishes: r.wishes,
  ageAtStartMonths: r.ageAtStartMonths,
  entitled: r.entitled,
  submittedAt: r.submittedAt,
  version: r.version,
});

/**
 * The port through which placements (proposals, the placement itself) read and move a request:
 * a proposal sets it to `proposal`, a placement to `placed`, the last open proposal declined sets
 * it back to `in_review`. Always inside the caller's transaction, the request row locked.
 */
@Injectable()
export class CareRequestsPort {
  constructor(private readonly hooks: CareRequestHooks) {}

  async lock(m: EntityManager, tenantId: string, id: string): Promise<CareRequestFacts | null> {
    const r = await m.getRepository(CareRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return r && r.tenantId === tenantId ? facts(r) : null;
  }

  async read(m: EntityManager, ids: readonly string[]): Promise<Map<string, CareRequestFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await m
      .getRepository(CareRequest)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((r) => [r.id, facts(r)]));
  }

  async setStatus(m: EntityManager, id: string, status: 'in_review' | 'proposal' | 'placed', now: Date): Promise<void> {
    await m.query(
      `UPDATE care_request SET status = $2, version = version + 1, updated_at = $3,
              closed_at = CASE WHEN $2 = 'placed' THEN $3 ELSE closed_at END
        WHERE id = $1`,
      [id, status, now],
    );
  }

  onEnded(listener: CareRequestEndedListener): void {
    this.hooks.onEnded(listener);
  }
}
