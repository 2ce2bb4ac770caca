import type { InquiryStatus } from '@lotse/shared/contracts';
import type { StatusBadge } from '@lotse/web/ui';

const STATUS: Record<InquiryStatus, Omit<StatusBadge, 'labelKey'>> = {
  new: { icon: 'mark_email_unread', tone: 'info' },
  in_progress: { icon: 'pending', tone: 'warning' },
  answered: { icon: 'task_alt', tone: 'success' },
  closed: { icon: 'block', tone: 'neutral' },
  forwarded: { icon: 'forward', tone: 'success' },
};

export function inquiryStatusBadge(status: InquiryStatus): StatusBadge {
  return { ...STATUS[status], labelKey: `inquiries.status.${status}` };
}

/** Overdue is shown with its own icon and text, never by colour alone. */
export const OVERDUE_BADGE: StatusBadge = { icon: 'alarm', tone: 'danger', labelKey: 'inquiries.overdue' };
export const GAP_BADGE = (count: number, min: number): StatusBadge => ({
  icon: 'warning',
  tone: 'danger',
  labelKey: 'inquiries.rota.gap',
  params: { count, min },
});
export const HOLIDAY_BADGE = (name: string): StatusBadge => ({
  icon: 'event_busy',
  tone: 'neutral',
  labelKey: 'inquiries.rota.holiday',
  params: { name },
});
export const STAFFED_BADGE: StatusBadge = { icon: 'check_circle', tone: 'success', labelKey: 'inquiries.rota.staffed' };
