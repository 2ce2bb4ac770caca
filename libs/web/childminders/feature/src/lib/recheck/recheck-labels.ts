import type { RecheckEvent, RecheckOutcome } from '@lotse/shared/contracts';

/** What she can report herself (REPORTABLE_EVENTS of the contract; kept here: web imports contract types only). */
export const REPORTABLE: readonly RecheckEvent[] = ['move', 'household', 'illness', 'end_of_care', 'other'];
/** The outcomes an advisor closes a task with (RECHECK_OUTCOMES). */
export const OUTCOMES: readonly RecheckOutcome[] = ['amendment_started', 'no_change_needed', 'permit_revoked', 'other'];
/** Every cause of a task (RECHECK_EVENTS), for the translations test. */
export const EVENTS: readonly RecheckEvent[] = ['move', 'care_location', 'household', 'illness', 'end_of_care', 'other'];
