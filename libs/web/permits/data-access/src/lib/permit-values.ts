import type {
  ApplicationKind,
  ApplicationStatus,
  CheckKind,
  Criterion,
  Decision,
  FindingRating,
  PermitStatusValue,
  Recommendation,
} from '@lotse/shared/contracts';

/*
 * Client copies of the permit workflow's values (`permit-values.ts` in the contracts, and the NRW
 * default of `DEFAULT_PERMIT_SETTINGS.maxChildren` in the domain lib). Same reason as
 * `@lotse/web/ui`'s contract values: importing a constant from the contracts' index would ship
 * class-validator. `permit-values.spec.ts` compares every copy with its original; the `satisfies`
 * clauses reject values the contracts do not know.
 */

export const PERMIT_STATUS_VALUES = ['draft', 'approved', 'issued', 'expired', 'revoked', 'superseded'] as const satisfies readonly PermitStatusValue[];

export const APPLICATION_KIND_VALUES = ['initial', 'renewal', 'amendment'] as const satisfies readonly ApplicationKind[];

export const APPLICATION_STATUS_VALUES = ['submitted', 'in_review', 'decided', 'withdrawn'] as const satisfies readonly ApplicationStatus[];

export const CHECK_KIND_VALUES = ['home_visit', 'interview'] as const satisfies readonly CheckKind[];

/** Suitability criteria in the order of the form: Persönlichkeit, Sachkompetenz, Kooperationsbereitschaft, Räume. */
export const CRITERION_VALUES = ['personality', 'expertise', 'cooperation', 'rooms'] as const satisfies readonly Criterion[];

export const FINDING_RATING_VALUES = ['suitable', 'suitable_with_reservations', 'not_suitable', 'not_assessed'] as const satisfies readonly FindingRating[];

export const RECOMMENDATION_VALUES = ['grant', 'grant_with_conditions', 'refuse'] as const satisfies readonly Recommendation[];

export const DECISION_VALUES = ['grant', 'grant_with_conditions', 'refuse'] as const satisfies readonly Decision[];

/**
 * Simultaneously present children a permit allows at most (§ 43 Abs. 3 SGB VIII; NRW default of the
 * tenant setting `permit.maxChildren`). The API offers no endpoint for the tenant's permit settings,
 * so the client uses the default; the server checks the tenant's value and answers 422 otherwise.
 */
export const PERMIT_MAX_CHILDREN = 5;

/** Limits of the DTOs, mirrored for client-side validation (the server stays authoritative). */
export const PERMIT_LIMITS = {
  noteMaxLength: 2000,
  findingNoteMaxLength: 2000,
  checkNotesMaxLength: 5000,
  listEntryMaxLength: 200,
  personsMax: 20,
  roomsCheckedMax: 30,
  decisionRoomsMax: 20,
  conditionsMax: 20,
  conditionMaxLength: 1000,
  reasonMaxLength: 2000,
  refusalReasonMaxLength: 5000,
  revokeReasonMaxLength: 5000,
  withdrawReasonMaxLength: 1000,
  searchMaxLength: 100,
} as const;
