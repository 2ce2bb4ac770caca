import type { ChildminderStatus, DocumentReviewStatus, EvidenceStatus } from '@lotse/shared/contracts';
import type { StatusBadge } from '@lotse/web/ui';

/** What a status looks like: the shared status badge of `@lotse/web/ui`. */
export type StatusPresentation = StatusBadge;

/** Evidence checklist: valid (green), expiring (amber), expired (red), missing (red outline), not required (grey). */
export const EVIDENCE_STATUS_PRESENTATION: Readonly<Record<EvidenceStatus, StatusPresentation>> = {
  valid: { icon: 'check_circle', labelKey: 'evidence.status.valid', tone: 'success' },
  expiring: { icon: 'schedule', labelKey: 'evidence.status.expiring', tone: 'warning' },
  expired: { icon: 'event_busy', labelKey: 'evidence.status.expired', tone: 'danger' },
  missing: { icon: 'cancel', labelKey: 'evidence.status.missing', tone: 'missing' },
  not_required: { icon: 'remove_circle_outline', labelKey: 'evidence.status.not_required', tone: 'neutral' },
};

/** Review of an uploaded document. */
export const DOCUMENT_STATUS_PRESENTATION: Readonly<Record<DocumentReviewStatus, StatusPresentation>> = {
  pending: { icon: 'hourglass_top', labelKey: 'evidence.documentStatus.pending', tone: 'warning' },
  confirmed: { icon: 'verified', labelKey: 'evidence.documentStatus.confirmed', tone: 'success' },
  rejected: { icon: 'block', labelKey: 'evidence.documentStatus.rejected', tone: 'danger' },
};

/** The childminder's lifecycle status. */
export const CHILDMINDER_STATUS_PRESENTATION: Readonly<Record<ChildminderStatus, StatusPresentation>> = {
  interested: { icon: 'lightbulb', labelKey: 'childminders.status.interested', tone: 'info' },
  applicant: { icon: 'assignment', labelKey: 'childminders.status.applicant', tone: 'info' },
  in_qualification: { icon: 'school', labelKey: 'childminders.status.in_qualification', tone: 'info' },
  suitability_check: { icon: 'fact_check', labelKey: 'childminders.status.suitability_check', tone: 'warning' },
  active: { icon: 'verified', labelKey: 'childminders.status.active', tone: 'success' },
  paused: { icon: 'pause_circle', labelKey: 'childminders.status.paused', tone: 'neutral' },
  ended: { icon: 'do_not_disturb_on', labelKey: 'childminders.status.ended', tone: 'neutral' },
};

const UNKNOWN: StatusPresentation = { icon: 'help', labelKey: 'common.unknown', tone: 'neutral' };

/** Presentation of an evidence status; a status the client does not know yet shows neutrally. */
export function evidenceStatusPresentation(status: string): StatusPresentation {
  return (EVIDENCE_STATUS_PRESENTATION as Record<string, StatusPresentation>)[status] ?? UNKNOWN;
}

export function documentStatusPresentation(status: string): StatusPresentation {
  return (DOCUMENT_STATUS_PRESENTATION as Record<string, StatusPresentation>)[status] ?? UNKNOWN;
}

export function childminderStatusPresentation(status: string): StatusPresentation {
  return (CHILDMINDER_STATUS_PRESENTATION as Record<string, StatusPresentation>)[status] ?? UNKNOWN;
}

/** Statuses that need action, most urgent first (for summaries and sorting). */
export const EVIDENCE_STATUS_URGENCY: readonly EvidenceStatus[] = ['expired', 'missing', 'expiring', 'valid', 'not_required'];
