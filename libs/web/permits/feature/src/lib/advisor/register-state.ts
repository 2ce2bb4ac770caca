import type { Params } from '@angular/router';
import type { PermitStatusValue } from '@lotse/shared/contracts';
import { PERMIT_STATUS_VALUES, type PermitQuery } from '@lotse/web/permits/data-access';

/** "Läuft ab in N Tagen" choices (a different number from a link is kept). */
export const EXPIRY_WINDOWS = [30, 90, 180, 365] as const;
export const REGISTER_PAGE_SIZES = [10, 25, 50, 100] as const;

export type SortOrder = 'asc' | 'desc';

/** The register's filters, sort order and page, kept in the URL query so that a list is linkable. */
export interface RegisterState {
  status: PermitStatusValue | null;
  expiringWithinDays: number | null;
  q: string;
  /** By end of validity: `asc` = soonest first (the API's order), `desc` = latest first. */
  order: SortOrder;
  page: number;
  pageSize: number;
}

export const DEFAULT_REGISTER_STATE: RegisterState = { status: null, expiringWithinDays: null, q: '', order: 'asc', page: 1, pageSize: 25 };

function positiveInt(value: unknown, max: number): number | null {
  const n = Number(value);
  return typeof value === 'string' && /^\d+$/.test(value) && n >= 1 && n <= max ? n : null;
}

/** Reads the state from query params; anything unknown or out of range falls back to the default. */
export function registerStateFromParams(params: Params): RegisterState {
  const status = (PERMIT_STATUS_VALUES as readonly string[]).includes(params['status']) ? (params['status'] as PermitStatusValue) : null;
  const q = typeof params['q'] === 'string' ? params['q'].slice(0, 100) : '';
  return {
    status,
    expiringWithinDays: positiveInt(params['expiringWithinDays'], 3650),
    q,
    order: params['order'] === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params['page'], 100_000) ?? 1,
    pageSize: positiveInt(params['pageSize'], 200) ?? DEFAULT_REGISTER_STATE.pageSize,
  };
}

/** Query params without defaults (short, stable URLs). */
export function registerStateToParams(s: RegisterState): Params {
  return {
    status: s.status ?? undefined,
    expiringWithinDays: s.expiringWithinDays ?? undefined,
    q: s.q.trim() || undefined,
    order: s.order === 'desc' ? 'desc' : undefined,
    page: s.page > 1 ? s.page : undefined,
    pageSize: s.pageSize !== DEFAULT_REGISTER_STATE.pageSize ? s.pageSize : undefined,
  };
}

/** A filter change starts again on page 1. */
export function withRegisterFilter(
  s: RegisterState,
  patch: Partial<Pick<RegisterState, 'status' | 'expiringWithinDays' | 'q'>>,
): RegisterState {
  return { ...s, ...patch, page: 1 };
}

export function hasRegisterFilters(s: RegisterState): boolean {
  return s.status !== null || s.expiringWithinDays !== null || s.q.trim() !== '';
}

export function registerApiQuery(s: RegisterState): PermitQuery {
  return { status: s.status, expiringWithinDays: s.expiringWithinDays, q: s.q.trim() || null, page: s.page, pageSize: s.pageSize };
}

/**
 * The API lists permits by end of validity, soonest first, and has no sort parameter. "Latest
 * first" is the same list backwards: page `pageIndex` (0-based) of the reversed list is the slice
 * [total − (pageIndex+1)·size, total − pageIndex·size) of the API's order, which lies on one or
 * two of its pages. Returns the API pages to fetch (1-based, same size) and how to cut and reverse
 * their concatenated items; null when the page lies beyond the end.
 */
export function descendingWindow(
  total: number,
  pageIndex: number,
  pageSize: number,
): { pages: number[]; pick: <T>(items: readonly T[]) => T[] } | null {
  const end = total - pageIndex * pageSize;
  if (end <= 0 || pageSize < 1) return null;
  const start = Math.max(0, end - pageSize);
  const first = Math.floor(start / pageSize) + 1;
  const last = Math.floor((end - 1) / pageSize) + 1;
  const pages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const offset = start - (first - 1) * pageSize;
  return { pages, pick: (items) => items.slice(offset, offset + (end - start)).reverse() };
}
