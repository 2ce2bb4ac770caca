import type {
  CareRequestStatus,
  MeaslesProofStatus,
  PlacementState,
  ProposalStatus,
  VacancyState,
  WeeklyTimeView,
} from '@lotse/shared/contracts';
import type { StatusBadge } from '@lotse/web/ui';

const UNKNOWN: StatusBadge = { icon: 'help', labelKey: 'placements.common.unknown', tone: 'neutral' };

export const REQUEST_STATUS_BADGES: Readonly<Record<CareRequestStatus, StatusBadge>> = {
  submitted: { icon: 'inbox', labelKey: 'placements.requestStatus.submitted', tone: 'info' },
  in_review: { icon: 'fact_check', labelKey: 'placements.requestStatus.in_review', tone: 'warning' },
  proposal: { icon: 'handshake', labelKey: 'placements.requestStatus.proposal', tone: 'warning' },
  placed: { icon: 'task_alt', labelKey: 'placements.requestStatus.placed', tone: 'success' },
  withdrawn: { icon: 'undo', labelKey: 'placements.requestStatus.withdrawn', tone: 'neutral' },
  closed: { icon: 'block', labelKey: 'placements.requestStatus.closed', tone: 'neutral' },
};

export const PROPOSAL_STATUS_BADGES: Readonly<Record<ProposalStatus, StatusBadge>> = {
  open: { icon: 'pending', labelKey: 'placements.proposalStatus.open', tone: 'warning' },
  accepted: { icon: 'task_alt', labelKey: 'placements.proposalStatus.accepted', tone: 'success' },
  declined: { icon: 'cancel', labelKey: 'placements.proposalStatus.declined', tone: 'danger' },
  withdrawn: { icon: 'undo', labelKey: 'placements.proposalStatus.withdrawn', tone: 'neutral' },
};

export const PLACEMENT_STATE_BADGES: Readonly<Record<PlacementState, StatusBadge>> = {
  upcoming: { icon: 'event', labelKey: 'placements.placementState.upcoming', tone: 'info' },
  settling_in: { icon: 'child_friendly', labelKey: 'placements.placementState.settling_in', tone: 'warning' },
  active: { icon: 'task_alt', labelKey: 'placements.placementState.active', tone: 'success' },
  blocked: { icon: 'error', labelKey: 'placements.placementState.blocked', tone: 'danger' },
  ended: { icon: 'event_busy', labelKey: 'placements.placementState.ended', tone: 'neutral' },
};

export const VACANCY_STATE_BADGES: Readonly<Record<VacancyState, StatusBadge>> = {
  open: { icon: 'event_available', labelKey: 'placements.vacancyState.open', tone: 'success' },
  needs_confirmation: { icon: 'schedule', labelKey: 'placements.vacancyState.needs_confirmation', tone: 'warning' },
  hidden: { icon: 'visibility_off', labelKey: 'placements.vacancyState.hidden', tone: 'danger' },
  withdrawn: { icon: 'undo', labelKey: 'placements.vacancyState.withdrawn', tone: 'neutral' },
};

export const MEASLES_BADGES: Readonly<Record<MeaslesProofStatus, StatusBadge>> = {
  missing: { icon: 'error', labelKey: 'placements.measles.missing', tone: 'missing' },
  declared: { icon: 'pending_actions', labelKey: 'placements.measles.declared', tone: 'warning' },
  recorded: { icon: 'verified', labelKey: 'placements.measles.recorded', tone: 'success' },
};

const pick = <T extends string>(map: Readonly<Record<T, StatusBadge>>, value: string): StatusBadge =>
  (map as Record<string, StatusBadge>)[value] ?? UNKNOWN;

export const requestStatusBadge = (s: string) => pick(REQUEST_STATUS_BADGES, s);
export const proposalStatusBadge = (s: string) => pick(PROPOSAL_STATUS_BADGES, s);
export const placementStateBadge = (s: string) => pick(PLACEMENT_STATE_BADGES, s);
export const vacancyStateBadge = (s: string) => pick(VACANCY_STATE_BADGES, s);
export const measlesBadge = (s: string) => pick(MEASLES_BADGES, s);

/** A request can be changed or withdrawn while it is open (the API: submitted / in_review change; proposal still withdraws). */
export const canChangeRequest = (status: CareRequestStatus) => status === 'submitted' || status === 'in_review';
export const canWithdrawRequest = (status: CareRequestStatus) => status === 'submitted' || status === 'in_review' || status === 'proposal';

/** Short weekday name in the language (`Mo`, `Di` / `Mon`, `Tue`); ISO weekday 1 = Monday. */
export function weekdayName(weekday: number, locale: string, style: 'short' | 'long' = 'short'): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** `Mo 08:00–12:00, Di 08:00–12:00` sorted by weekday and time. */
export function scheduleText(schedule: readonly WeeklyTimeView[], locale: string): string {
  return [...schedule]
    .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from))
    .map((t) => `${weekdayName(t.weekday, locale)} ${t.from}–${t.to}`)
    .join(', ');
}

/** Age in months as "1 Jahr, 3 Monate" parts for the translation. */
export function ageParts(months: number): { years: number; months: number } {
  return { years: Math.floor(months / 12), months: months % 12 };
}

/** `YYYY-MM-DD` of today in the office's time zone. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}
