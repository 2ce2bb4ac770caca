import type { Params } from '@angular/router';
import type { HouseService, InquiryStatus } from '@lotse/shared/contracts';
import { HOUSE_SERVICES, INQUIRY_STATUSES } from '@lotse/shared/contracts/values';
import type { InquiryQuery } from '@lotse/web/inquiries/data-access';

export const DEFAULT_STATUSES: InquiryStatus[] = ['new', 'in_progress'];
export const PAGE_SIZES = [10, 25, 50, 100];

export interface InquiryQueueState {
  status: InquiryStatus[];
  service: HouseService | null;
  overdue: 'true' | 'false' | null;
  assignee: string | null;
  page: number;
  pageSize: number;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]).map(String);

/** The URL is the state: a shared or reloaded link shows the same queue; unknown values fall back to defaults. */
export function inquiryStateFromParams(p: Params): InquiryQueueState {
  const status = list(p['status']).filter((s): s is InquiryStatus => (INQUIRY_STATUSES as readonly string[]).includes(s));
  const size = Number(p['pageSize']);
  const assignee = typeof p['assignee'] === 'string' && /^(me|none|[0-9a-f-]{36})$/.test(p['assignee']) ? p['assignee'] : null;
  return {
    status: status.length ? status : DEFAULT_STATUSES,
    service: (HOUSE_SERVICES as readonly string[]).includes(p['service']) ? (p['service'] as HouseService) : null,
    overdue: p['overdue'] === 'true' || p['overdue'] === 'false' ? p['overdue'] : null,
    assignee,
    page: /^\d+$/.test(p['page'] ?? '') && Number(p['page']) >= 1 ? Number(p['page']) : 1,
    pageSize: PAGE_SIZES.includes(size) ? size : 25,
  };
}

export function inquiryParams(s: InquiryQueueState): Params {
  const defaultStatus = s.status.length === DEFAULT_STATUSES.length && s.status.every((x) => DEFAULT_STATUSES.includes(x));
  return {
    status: defaultStatus ? undefined : s.status,
    service: s.service ?? undefined,
    overdue: s.overdue ?? undefined,
    assignee: s.assignee ?? undefined,
    page: s.page > 1 ? s.page : undefined,
    pageSize: s.pageSize !== 25 ? s.pageSize : undefined,
  };
}

export function inquiryQuery(s: InquiryQueueState): InquiryQuery {
  return { ...s };
}
