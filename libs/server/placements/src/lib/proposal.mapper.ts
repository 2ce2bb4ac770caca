import { seesOffice } from '@lotse/server/core';
import type { ProposalDto } from '@lotse/shared/contracts';
import { weeklyMinutes } from '@lotse/shared/domain';
import type { CareRequestFacts } from '@lotse/server/care-requests';
import type { RequestUser } from '@lotse/server/core';
import type { EntityManager } from 'typeorm';
import type { Proposal } from './entities';

interface Side {
  childminders: Map<string, { name: string; district: string; languages: string[]; pets: string | null; smoking_household: boolean }>;
  children: Map<string, { first_name: string; last_name: string }>;
  parents: Map<string, string>;
}

export async function loadSides(m: EntityManager, proposals: readonly Proposal[], requests: Map<string, CareRequestFacts>): Promise<Side> {
  const cmIds = [...new Set(proposals.map((p) => p.childminderId))];
  const childIds = [...new Set([...requests.values()].map((r) => r.childId))];
  const parentIds = [...new Set([...requests.values()].map((r) => r.parentId))];
  const cms: Array<{ id: string; name: string; district: string; languages: string[]; pets: string | null; smoking_household: boolean }> =
    cmIds.length
      ? await m.query(
          `SELECT id, concat_ws(' ', first_name, last_name) AS name, district, languages, pets, smoking_household FROM childminder WHERE id = ANY($1::uuid[])`,
          [cmIds],
        )
      : [];
  const kids: Array<{ id: string; first_name: string; last_name: string }> = childIds.length
    ? await m.query(`SELECT id, first_name, last_name FROM child WHERE id = ANY($1::uuid[])`, [childIds])
    : [];
  const parents: Array<{ id: string; name: string }> = parentIds.length
    ? await m.query(`SELECT id, concat_ws(' ', first_name, last_name) AS name FROM app_user WHERE id = ANY($1::uuid[])`, [parentIds])
    : [];
  return {
    childminders: new Map(cms.map((c) => [c.id, c])),
    children: new Map(kids.map((c) => [c.id, c])),
    parents: new Map(parents.map((p) => [p.id, p.name])),
  };
}

/**
 * A proposal as `actor` may see it: before both sides accepted, the childminder learns the child's
 * first name, age, times, needs and district only — no last name, no address, no parents' name.
 */
export function toProposalDto(actor: RequestUser, p: Proposal, r: CareRequestFacts, side: Side): ProposalDto {
  const cm = side.childminders.get(p.childminderId);
  const child = side.children.get(r.childId);
  // The office's staff and the parent see everything; the proposed childminder the minimum until accepted.
  const full = seesOffice(actor, 'proposal.read') || actor.id === r.parentId || p.status === 'accepted';
  return {
    id: p.id,
    careRequestId: p.careRequestId,
    childminderId: p.childminderId,
    childminder: {
      name: cm?.name ?? '',
      district: cm?.district ?? '',
      languages: cm?.languages ?? [],
      pets: cm?.pets ?? null,
      smokingHousehold: cm?.smoking_household ?? false,
    },
    child: { firstName: child?.first_name ?? '', lastName: full ? (child?.last_name ?? '') : null, ageAtStartMonths: r.ageAtStartMonths },
    family: {
      district: r.district,
      address: full ? { street: r.street, postcode: r.postcode, city: r.city } : null,
      parentName: full ? (side.parents.get(r.parentId) ?? '') : null,
    },
    needs: r.needs,
    startOn: p.startOn,
    schedule: p.schedule,
    weeklyHours: Math.round((weeklyMinutes(p.schedule) / 60) * 100) / 100,
    settlingInWeeks: p.settlingInWeeks,
    note: p.note,
    status: p.status,
    parent: { answer: p.parentAnswer, reason: p.parentReason, answeredAt: p.parentAnsweredAt?.toISOString() ?? null },
    childminderAnswer: {
      answer: p.childminderAnswer,
      reason: p.childminderReason,
      answeredAt: p.childminderAnsweredAt?.toISOString() ?? null,
    },
    placementId: p.placementId,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}
