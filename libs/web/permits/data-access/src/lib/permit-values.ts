/*
 * The permit workflow's values under the names the client code uses, from the contracts' entry
 * point without DTO classes (see `@lotse/web/ui` contract values for why not the index).
 */
export {
  PERMIT_STATUSES as PERMIT_STATUS_VALUES,
  APPLICATION_KINDS as APPLICATION_KIND_VALUES,
  APPLICATION_STATUSES as APPLICATION_STATUS_VALUES,
  CHECK_KINDS as CHECK_KIND_VALUES,
  /** Suitability criteria in the order of the form: Persönlichkeit, Sachkompetenz, Kooperationsbereitschaft, Räume. */
  CRITERIA as CRITERION_VALUES,
  FINDING_RATINGS as FINDING_RATING_VALUES,
  RECOMMENDATIONS as RECOMMENDATION_VALUES,
  DECISIONS as DECISION_VALUES,
} from '@lotse/shared/contracts/values';
import { PERMIT_SETTINGS_LIMITS } from '@lotse/shared/contracts/values';

/**
 * Simultaneously present children a permit allows at most: the legal maximum (§ 43 Abs. 3 SGB VIII).
 * An office may set fewer (admin setting `permit.maxChildren`, not readable by applicants); the
 * server checks the tenant's value and answers 422 with the number.
 */
export const PERMIT_MAX_CHILDREN = PERMIT_SETTINGS_LIMITS.maxChildren;

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
