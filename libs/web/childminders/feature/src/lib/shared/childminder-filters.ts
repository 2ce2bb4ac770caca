import type { Params } from '@angular/router';
import type { ChildminderSortKey, ChildminderStatus, ChildmindersQueryDto, SortOrder } from '@lotse/shared/contracts';
import { CHILDMINDER_SORT_KEY_VALUES, CHILDMINDER_STATUS_VALUES } from '@lotse/web/ui';

/** The advisor list's state. It lives in the URL query, so a filtered list can be bookmarked and sent on. */
export interface ChildminderListState {
  q: string;
  status: ChildminderStatus | null;
  district: string | null;
  /** "läuft ab in N Tagen": only files with an item expiring within N days. */
  expiringWithinDays: number | null;
  /** Only files with a missing, unacceptable or expired mandatory item. */
  missingEvidence: boolean;
  sort: ChildminderSortKey;
  order: SortOrder;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
/** Offered in the "läuft ab in" filter; any other number in a URL is kept as well. */
export const EXPIRY_WINDOWS = [30, 60, 90, 180] as const;

export const DEFAULT_LIST_STATE: Readonly<ChildminderListState> = {
  q: '',
  status: null,
  district: null,
  expiringWithinDays: null,
  missingEvidence: false,
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: 25,
};

const first = (v: unknown): string | null => (Array.isArray(v) ? first(v[0]) : typeof v === 'string' ? v : null);

function intIn(v: unknown, min: number, max: number): number | null {
  const s = first(v);
  if (s === null || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/**
 * Reads the list state from the URL query. Unknown or malformed values fall back to the defaults
 * (a hand-edited link shows a sensible list instead of a 400).
 */
export function stateFromQueryParams(params: Params): ChildminderListState {
  const status = first(params['status']);
  const sort = first(params['sort']);
  const order = first(params['order']);
  const pageSize = intIn(params['pageSize'], 1, 200);
  const district = first(params['district'])?.trim();
  return {
    q: (first(params['q']) ?? '').slice(0, 100),
    status: (CHILDMINDER_STATUS_VALUES as readonly string[]).includes(status ?? '') ? (status as ChildminderStatus) : null,
    district: district ? district.slice(0, 100) : null,
    expiringWithinDays: intIn(params['expiringWithinDays'], 0, 3650),
    missingEvidence: first(params['missingEvidence']) === 'true',
    sort: (CHILDMINDER_SORT_KEY_VALUES as readonly string[]).includes(sort ?? '') ? (sort as ChildminderSortKey) : DEFAULT_LIST_STATE.sort,
    order: order === 'desc' ? 'desc' : 'asc',
    page: intIn(params['page'], 1, 100_000) ?? 1,
    pageSize: pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_LIST_STATE.pageSize,
  };
}

/**
 * The URL query for a state: only what differs from the defaults, so links stay short
 * (`?status=applicant&missingEvidence=true`). Meant for `router.navigate([], { queryParams })`
 * without merging.
 */
export function stateToQueryParams(state: ChildminderListState): Params {
  const out: Params = {};
  if (state.q.trim()) out['q'] = state.q.trim();
  if (state.status) out['status'] = state.status;
  if (state.district) out['district'] = state.district;
  if (state.expiringWithinDays !== null) out['expiringWithinDays'] = String(state.expiringWithinDays);
  if (state.missingEvidence) out['missingEvidence'] = 'true';
  if (state.sort !== DEFAULT_LIST_STATE.sort || state.order !== DEFAULT_LIST_STATE.order) {
    out['sort'] = state.sort;
    out['order'] = state.order;
  }
  if (state.page !== 1) out['page'] = String(state.page);
  if (state.pageSize !== DEFAULT_LIST_STATE.pageSize) out['pageSize'] = String(state.pageSize);
  return out;
}

/** The API query (`GET /api/childminders`) for a state; empty filters are left out. */
export function stateToApiQuery(state: ChildminderListState): ChildmindersQueryDto {
  const query: ChildmindersQueryDto = { sort: state.sort, order: state.order, page: state.page, pageSize: state.pageSize };
  if (state.q.trim()) query.q = state.q.trim();
  if (state.status) query.status = state.status;
  if (state.district) query.district = state.district;
  if (state.expiringWithinDays !== null) query.expiringWithinDays = state.expiringWithinDays;
  if (state.missingEvidence) query.missingEvidence = true;
  return query;
}

/** A filter change: back to the first page (the old page number may not exist any more). */
export function withFilter(
  state: ChildminderListState,
  patch: Partial<Omit<ChildminderListState, 'page' | 'sort' | 'order' | 'pageSize'>>,
): ChildminderListState {
  return { ...state, ...patch, page: 1 };
}

/** True when any filter (not sort or page) is set: the empty state then offers "reset filters". */
export function hasFilters(state: ChildminderListState): boolean {
  return !!state.q.trim() || !!state.status || !!state.district || state.expiringWithinDays !== null || state.missingEvidence;
}

/** mat-sort gives '' when sorting is switched off: that is the default order. */
export function withSort(state: ChildminderListState, active: string, direction: 'asc' | 'desc' | ''): ChildminderListState {
  if (!direction || !(CHILDMINDER_SORT_KEY_VALUES as readonly string[]).includes(active)) {
    return { ...state, sort: DEFAULT_LIST_STATE.sort, order: DEFAULT_LIST_STATE.order, page: 1 };
  }
  return { ...state, sort: active as ChildminderSortKey, order: direction, page: 1 };
}
