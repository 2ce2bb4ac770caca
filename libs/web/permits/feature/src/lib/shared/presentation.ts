import type { ApplicationStatus, PermitApplicationDto, PermitDto, PermitStatusValue } from '@lotse/shared/contracts';
import type { StatusBadge } from '@lotse/web/ui';

/** What a badge shows: the shared status badge of `@lotse/web/ui` (translation keys of scope `permits`). */
export type Badge = StatusBadge;

export const PERMIT_STATUS_BADGES: Readonly<Record<PermitStatusValue, Badge>> = {
  draft: { icon: 'pending_actions', labelKey: 'permits.permitStatus.draft', tone: 'warning' },
  approved: { icon: 'task_alt', labelKey: 'permits.permitStatus.approved', tone: 'info' },
  issued: { icon: 'verified', labelKey: 'permits.permitStatus.issued', tone: 'success' },
  expired: { icon: 'event_busy', labelKey: 'permits.permitStatus.expired', tone: 'danger' },
  revoked: { icon: 'block', labelKey: 'permits.permitStatus.revoked', tone: 'danger' },
  superseded: { icon: 'history', labelKey: 'permits.permitStatus.superseded', tone: 'neutral' },
  ended: { icon: 'event_busy', labelKey: 'permits.permitStatus.ended', tone: 'neutral' },
};

export const APPLICATION_STATUS_BADGES: Readonly<Record<ApplicationStatus, Badge>> = {
  submitted: { icon: 'inbox', labelKey: 'permits.applicationStatus.submitted', tone: 'info' },
  in_review: { icon: 'fact_check', labelKey: 'permits.applicationStatus.in_review', tone: 'warning' },
  decided: { icon: 'gavel', labelKey: 'permits.applicationStatus.decided', tone: 'neutral' },
  withdrawn: { icon: 'undo', labelKey: 'permits.applicationStatus.withdrawn', tone: 'neutral' },
};

const UNKNOWN: Badge = { icon: 'help', labelKey: 'permits.common.unknown', tone: 'neutral' };

export function permitStatusBadge(status: string): Badge {
  return (PERMIT_STATUS_BADGES as Record<string, Badge>)[status] ?? UNKNOWN;
}

export function applicationStatusBadge(status: string): Badge {
  return (APPLICATION_STATUS_BADGES as Record<string, Badge>)[status] ?? UNKNOWN;
}

export function isOpenApplication(app: Pick<PermitApplicationDto, 'status'>): boolean {
  return app.status === 'submitted' || app.status === 'in_review';
}

/**
 * The queue's "blocking" column: open applications show how many mandatory evidence items are
 * missing or expired (red with a count, green when none); decided ones show their outcome.
 */
export function blockingBadge(app: Pick<PermitApplicationDto, 'status' | 'blocking' | 'decision'>): Badge {
  if (!isOpenApplication(app)) {
    if (app.decision === 'refuse') return { icon: 'cancel', labelKey: 'permits.queue.refused', tone: 'neutral' };
    if (app.decision) return { icon: 'verified', labelKey: 'permits.queue.granted', tone: 'neutral' };
    return { icon: 'remove', labelKey: 'permits.queue.closed', tone: 'neutral' };
  }
  const count = app.blocking.length;
  return count === 0
    ? { icon: 'check_circle', labelKey: 'permits.queue.noBlocking', tone: 'success' }
    : { icon: 'error', labelKey: 'permits.queue.blocking', params: { count }, tone: 'danger' };
}

/** Whether the permit document can exist: only issued permits (and their successors in history) have one. */
export type PdfState = 'none' | 'rendering' | 'ready';

export function pdfState(permit: Pick<PermitDto, 'status' | 'document' | 'number'>): PdfState {
  if (permit.document) return 'ready';
  if (permit.status === 'draft' || permit.status === 'approved' || !permit.number) return 'none';
  return 'rendering';
}

/**
 * Four eyes: a draft is approved by a second advisor, never by the one who decided (compared by
 * id; the server refuses the decider with 403 anyway).
 */
export function canApprove(permit: Pick<PermitDto, 'status' | 'decidedById'>, user: { role: string; id: string } | null): boolean {
  return permit.status === 'draft' && !!user && user.role === 'advisor' && permit.decidedById !== user.id;
}

/** The holder's current permit: the issued one, else the newest; the rest is history. */
export function splitCurrent(permits: readonly PermitDto[]): { current: PermitDto | null; history: PermitDto[] } {
  const current = permits.find((p) => p.status === 'issued') ?? permits[0] ?? null;
  return { current, history: permits.filter((p) => p !== current) };
}

/**
 * A granted application whose permit the holder cannot see yet (a draft waiting for the second
 * advisor's approval: the API shows the holder issued permits only).
 */
export function grantedNotIssued(
  applications: readonly Pick<PermitApplicationDto, 'id' | 'decision'>[],
  permits: readonly Pick<PermitDto, 'applicationId'>[],
): boolean {
  return applications.some(
    (a) => (a.decision === 'grant' || a.decision === 'grant_with_conditions') && !permits.some((p) => p.applicationId === a.id),
  );
}
