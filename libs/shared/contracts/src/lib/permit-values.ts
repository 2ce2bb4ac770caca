/** Plain values of the permit workflow (no decorators: safe for the browser bundle). */
export const PERMIT_STATUSES = ['draft', 'approved', 'issued', 'expired', 'revoked', 'superseded', 'ended'] as const;
export type PermitStatusValue = (typeof PERMIT_STATUSES)[number];

export const APPLICATION_KINDS = ['initial', 'renewal', 'amendment'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const APPLICATION_STATUSES = ['submitted', 'in_review', 'decided', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const CHECK_KINDS = ['home_visit', 'interview'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CRITERIA = ['personality', 'expertise', 'cooperation', 'rooms'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const FINDING_RATINGS = ['suitable', 'suitable_with_reservations', 'not_suitable', 'not_assessed'] as const;
export type FindingRating = (typeof FINDING_RATINGS)[number];

export const RECOMMENDATIONS = ['grant', 'grant_with_conditions', 'refuse'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const DECISIONS = ['grant', 'grant_with_conditions', 'refuse'] as const;
export type Decision = (typeof DECISIONS)[number];
