import { Injectable } from '@nestjs/common';
import type { FieldError } from '@lotse/shared/contracts';
import { CapacityInputError, checkCapacity, type CapacityViolation, type WeeklyTime } from '@lotse/shared/domain';
import { apiError } from '@lotse/server/core';
import type { EntityManager } from 'typeorm';
import { loadCapacityFacts, type ChildminderCapacityFacts } from './capacity-facts';

export interface CapacityCandidate {
  childId: string;
  from: string;
  until: string | null;
  schedule: WeeklyTime[];
  /** A schedule change of this placement: it is replaced, not counted twice. */
  excludePlacementId?: string | null;
}

/**
 * The one place where a placement is allowed to exist: it locks the childminder's row (and, for a
 * Großtagespflege, the site), reads her placements inside the lock and asks the capacity engine.
 * Two acceptances for the last place therefore run one after the other, and the second sees the
 * first's placement — no overbooking, whatever the timing.
 */
@Injectable()
export class CapacityGate {
  async lockAndLoad(m: EntityManager, tenantId: string, childminderId: string, today: string): Promise<ChildminderCapacityFacts | null> {
    const locked: unknown[] = await m.query(`SELECT id FROM childminder WHERE id = $1 AND tenant_id = $2 FOR UPDATE`, [
      childminderId,
      tenantId,
    ]);
    if (locked.length === 0) return null;
    const facts = await loadCapacityFacts(m, tenantId, childminderId, today);
    if (facts?.site) {
      // Everyone at the site after her own row: the site's presence limit is shared.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`site:${facts.site.key}`]);
      return loadCapacityFacts(m, tenantId, childminderId, today);
    }
    return facts;
  }

  violations(facts: ChildminderCapacityFacts, c: CapacityCandidate): CapacityViolation[] {
    try {
      const answer = checkCapacity({
        candidate: { from: c.from, until: c.until, schedule: c.schedule, childId: c.childId },
        placements: facts.placements,
        permits: facts.permits,
        qualificationComplete: facts.qualificationComplete,
        settings: facts.settings,
        site: facts.site ? { placements: facts.site.placements } : null,
        excludePlacementId: c.excludePlacementId ?? null,
      });
      return answer.fits ? [] : answer.violations;
    } catch (e) {
      if (e instanceof CapacityInputError) {
        throw apiError(400, 'Die Betreuungszeiten sind ungültig.', [{ field: 'schedule', message: e.message, code: 'schedule' }]);
      }
      throw e;
    }
  }

  /** Throws `status` (409 on acceptance, 422 on a proposal) naming each broken rule; nothing is written. */
  assertFits(facts: ChildminderCapacityFacts, c: CapacityCandidate, status: 409 | 422): void {
    const v = this.violations(facts, c);
    if (v.length === 0) return;
    const errors: FieldError[] = v.map((x) => ({ field: 'capacity', message: x.message, code: x.rule }));
    throw apiError(status, `Bei ${facts.name} ist dafür kein Platz: ${v[0].message}`, errors);
  }
}
