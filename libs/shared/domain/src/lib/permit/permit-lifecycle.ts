/**
 * The life of a care permit (§ 43 SGB VIII): a decision makes a `draft`; with four eyes a second
 * advisor `approved` it; issuing makes it `issued`. An issued permit ends as `expired` (past its
 * last day), `revoked`, `superseded` (a renewal or amendment was issued) or `ended` (the holder's
 * file ended; drafts waiting for approval end too). The last four are final.
 */
export const PERMIT_LIFECYCLE_STATUSES = ['draft', 'approved', 'issued', 'expired', 'revoked', 'superseded', 'ended'] as const;
export type PermitLifecycleStatus = (typeof PERMIT_LIFECYCLE_STATUSES)[number];

const PERMIT_NEXT: Record<PermitLifecycleStatus, readonly PermitLifecycleStatus[]> = {
  draft: ['approved', 'issued', 'ended'],
  approved: ['issued', 'ended'],
  issued: ['expired', 'revoked', 'superseded', 'ended'],
  expired: [],
  revoked: [],
  superseded: [],
  ended: [],
};

export function permitTransitionAllowed(from: PermitLifecycleStatus, to: PermitLifecycleStatus): boolean {
  return PERMIT_NEXT[from].includes(to);
}

/** The statuses from which a permit may move to `to` (for bulk changes: `WHERE status = ANY(…)`). */
export function permitStatusesLeadingTo(to: PermitLifecycleStatus): PermitLifecycleStatus[] {
  return PERMIT_LIFECYCLE_STATUSES.filter((from) => PERMIT_NEXT[from].includes(to));
}
