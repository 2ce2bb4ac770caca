/**
 * Plain values (no decorators) of the matching half: care requests, vacancies, proposals and
 * placements, so the client can use them without pulling class-validator into its bundle.
 */

/** A parent's care request: `submitted → in_review → proposal → placed | withdrawn | closed`. */
export const CARE_REQUEST_STATUSES = ['submitted', 'in_review', 'proposal', 'placed', 'withdrawn', 'closed'] as const;
export type CareRequestStatus = (typeof CARE_REQUEST_STATUSES)[number];
/** Statuses in which a request is still open (changeable, withdrawable, one per child at a time). */
export const OPEN_CARE_REQUEST_STATUSES: readonly CareRequestStatus[] = ['submitted', 'in_review', 'proposal'];

export const CARE_REQUEST_STATUS_LABEL_DE: Record<CareRequestStatus, string> = {
  submitted: 'Eingegangen',
  in_review: 'In Bearbeitung',
  proposal: 'Vorschlag',
  placed: 'Vermittelt',
  withdrawn: 'Zurückgezogen',
  closed: 'Abgeschlossen',
};

/** `priority`: the office's priority order (legal entitlement first, then waiting since). */
export const CARE_REQUEST_SORT_KEYS = ['priority', 'waitingSince', 'desiredStart', 'age', 'name'] as const;
export type CareRequestSortKey = (typeof CARE_REQUEST_SORT_KEYS)[number];

/** The child's proof of measles protection (§20 Abs. 8 IfSG): parents declare it, staff record it as seen. */
export const MEASLES_PROOF_STATUSES = ['missing', 'declared', 'recorded'] as const;
export type MeaslesProofStatus = (typeof MEASLES_PROOF_STATUSES)[number];

/** A vacancy's state: unconfirmed for 30 days it asks for confirmation, after 40 days it is hidden. */
export const VACANCY_STATES = ['open', 'needs_confirmation', 'hidden', 'withdrawn'] as const;
export type VacancyState = (typeof VACANCY_STATES)[number];
export const VACANCY_CONFIRM_AFTER_DAYS = 30;
export const VACANCY_HIDE_AFTER_DAYS = 40;

export const PROPOSAL_STATUSES = ['open', 'accepted', 'declined', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_ANSWERS = ['accept', 'decline'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

/** Derived from dates and the measles proof: `blocked` = start date reached without the proof recorded. */
export const PLACEMENT_STATES = ['upcoming', 'settling_in', 'active', 'blocked', 'ended'] as const;
export type PlacementState = (typeof PLACEMENT_STATES)[number];

/** Settling-in period (Eingewöhnung) in weeks: typically 2–4. */
export const SETTLING_IN_WEEKS = { min: 1, max: 8, default: 4 } as const;
/** Acceptable distance a parent may give, in km. */
export const MAX_DISTANCE_KM = { min: 1, max: 50, default: 5 } as const;

/**
 * The office's last tie-break in the matching priority order (after legal entitlement and the date
 * of the request): a lottery number from the run's recorded seed, or the older child first.
 */
export const MATCHING_TIE_BREAKS = ['lottery', 'olderFirst'] as const;
export type MatchingTieBreak = (typeof MATCHING_TIE_BREAKS)[number];

export const PRIORITY_ORDER_DE: Record<MatchingTieBreak, string> = {
  lottery:
    '1. Kinder mit Rechtsanspruch (§ 24 SGB VIII) zuerst, 2. früheres Anfragedatum, 3. Losnummer aus dem Startwert des Laufs (mit dem Lauf gespeichert), 4. Kennung der Anfrage.',
  olderFirst:
    '1. Kinder mit Rechtsanspruch (§ 24 SGB VIII) zuerst, 2. früheres Anfragedatum, 3. das ältere Kind zuerst, 4. Kennung der Anfrage.',
};
