import type { Params } from '@angular/router';
import type { CareRequestSortKey, CareRequestStatus, SortOrder } from '@lotse/shared/contracts';
import { CARE_REQUEST_SORT_KEYS, CARE_REQUEST_STATUSES } from '@lotse/shared/contracts/values';
import type { CareRequestQuery } from '@lotse/web/placements/data-access';

export const PAGE_SIZES = [10, 25, 50, 100];
/** Without a status filter the queue shows the open requests. */
export const DEFAULT_STATUSES: CareRequestStatus[] = ['submitted', 'in_review', 'proposal'];

export interface QueueState {
  status: CareRequestStatus[];
  district: string | null;
  ageFromMonths: number | null;
  ageToMonths: number | null;
  startMonth: string | null;
  entitled: 'true' | 'false' | null;
  sort: CareRequestSortKey;
  order: SortOrder;
  page: number;
  pageSize: number;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]).map(String);
const months = (v: unknown): number | null => (/^\d{1,3}$/.test(String(v ?? '')) && Number(v) <= 168 ? Number(v) : null);

/** The URL is the state: a shared or reloaded link shows the same queue. Unknown values fall back to defaults. */
export function queueStateFromParams(p: Params): QueueState {
  const status = list(p['status']).filter((s): s is CareRequestStatus => (CARE_REQUEST_STATUSES as readonly string[]).includes(s));
  const sort = (CARE_REQUEST_SORT_KEYS as readonly string[]).includes(p['sort']) ? (p['sort'] as CareRequestSortKey) : 'priority';
  const size = Number(p['pageSize']);
  return {
    status: status.length ? status : DEFAULT_STATUSES,
    district: typeof p['district'] === 'string' && p['district'] ? p['district'] : null,
    ageFromMonths: months(p['ageFrom']),
    ageToMonths: months(p['ageTo']),
    startMonth: /^\d{4}-(0[1-9]|1[0-2])$/.test(p['startMonth'] ?? '') ? p['startMonth'] : null,
    entitled: p['entitled'] === 'true' || p['entitled'] === 'false' ? p['entitled'] : null,
    sort,
    order: p['order'] === 'desc' ? 'desc' : 'asc',
    page: /^\d+$/.test(p['page'] ?? '') && Number(p['page']) >= 1 ? Number(p['page']) : 1,
    pageSize: PAGE_SIZES.includes(size) ? size : 25,
  };
}

export function queueParams(s: QueueState): Params {
  const defaultStatus = s.status.length === DEFAULT_STATUSES.length && s.status.every((x) => DEFAULT_STATUSES.includes(x));
  return {
    status: defaultStatus ? undefined : s.status,
    district: s.district ?? undefined,
    ageFrom: s.ageFromMonths ?? undefined,
    ageTo: s.ageToMonths ?? undefined,
    startMonth: s.startMonth ?? undefined,
    entitled: s.entitled ?? undefined,
    sort: s.sort !== 'priority' ? s.sort : undefined,
    order: s.order !== 'asc' ? s.order : undefined,
    page: s.page > 1 ? s.page : undefined,
    pageSize: s.pageSize !== 25 ? s.pageSize : undefined,
  };
}

export function queueQuery(s: QueueState): CareRequestQuery {
  return { ...s };
}
