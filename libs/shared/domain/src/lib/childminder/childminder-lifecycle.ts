/** The path of a childminder: interested → applicant → in_qualification → suitability_check → active → paused → ended. */
export const CHILDMINDER_STATUSES = [
  'interested',
  'applicant',
  'in_qualification',
  'suitability_check',
  'active',
  'paused',
  'ended',
] as const;
export type ChildminderStatus = (typeof CHILDMINDER_STATUSES)[number];

const NEXT: Record<ChildminderStatus, readonly ChildminderStatus[]> = {
  interested: ['applicant', 'ended'],
  applicant: ['in_qualification', 'ended'],
  in_qualification: ['suitability_check', 'applicant', 'ended'],
  suitability_check: ['in_qualification', 'active', 'ended'],
  active: ['paused', 'ended'],
  // After a permit lapsed or was revoked (paused), or after the file ended, she may apply again:
  // a new first application after a new check (domain.md "Care permit").
  paused: ['active', 'applicant', 'ended'],
  ended: ['applicant'],
};

export const STATUS_LABEL_DE: Record<ChildminderStatus, string> = {
  interested: 'Interessiert',
  applicant: 'Bewerbung',
  in_qualification: 'In Qualifizierung',
  suitability_check: 'Eignungsprüfung',
  active: 'Aktiv (mit Pflegeerlaubnis)',
  paused: 'Pausiert',
  ended: 'Beendet',
};

export interface TransitionCheck {
  allowed: boolean;
  reason: string | null;
}

/**
 * Whether a status change is allowed. `active` needs a valid permit: the permit workflow sets it
 * (issuing), people may only resume a paused childminder whose permit is still valid.
 */
export function checkTransition(from: ChildminderStatus, to: ChildminderStatus, ctx: { hasValidPermit: boolean }): TransitionCheck {
  if (from === to) return { allowed: false, reason: `Der Status ist bereits „${STATUS_LABEL_DE[to]}“.` };
  if (!NEXT[from].includes(to)) {
    const options = NEXT[from].map((s) => `„${STATUS_LABEL_DE[s]}“`).join(', ');
    return {
      allowed: false,
      reason: `Von „${STATUS_LABEL_DE[from]}“ nach „${STATUS_LABEL_DE[to]}“ ist kein zulässiger Wechsel.${options ? ` Möglich: ${options}.` : ' Das Verfahren ist abgeschlossen.'}`,
    };
  }
  if (to === 'active' && !ctx.hasValidPermit) {
    return { allowed: false, reason: 'Aktiv wird eine Tagespflegeperson erst mit einer gültigen Pflegeerlaubnis.' };
  }
  return { allowed: true, reason: null };
}

/** Statuses from which a new first application (after a lapse, revocation or end) moves the file back to `applicant`. */
export const REAPPLY_FROM: readonly ChildminderStatus[] = ['paused', 'ended'];

export function nextStatuses(from: ChildminderStatus): readonly ChildminderStatus[] {
  return NEXT[from];
}

/** The statuses from which a file may move to `to` (for bulk changes: `WHERE status = ANY(…)`). */
export function statusesLeadingTo(to: ChildminderStatus): ChildminderStatus[] {
  return CHILDMINDER_STATUSES.filter((from) => NEXT[from].includes(to));
}

/** A new file starts here (registration or opened by the office). */
export const INITIAL_CHILDMINDER_STATUS: ChildminderStatus = 'interested';
