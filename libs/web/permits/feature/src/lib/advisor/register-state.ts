import { PERMIT_LIMITS, PERMIT_STATUS_VALUES, type PermitQuery } from '@lotse/web/permits/data-access';
import { listField, type ListValueOf } from '@lotse/web/ui';

/** "Läuft ab in N Tagen" choices (a different number from a link is kept). */
export const EXPIRY_WINDOWS = [30, 90, 180, 365] as const;

/**
 * The register's filters, sort order and page, kept in the URL query so that a list is linkable.
 * `order` is by end of validity: `asc` = soonest first (the API's order), `desc` = latest first.
 */
export const REGISTER_STATE = {
  fields: {
    status: listField.choice(PERMIT_STATUS_VALUES),
    expiringWithinDays: listField.int({ min: 1, max: 3650 }),
    q: listField.text({ max: PERMIT_LIMITS.searchMaxLength }),
    order: listField.choice(['asc', 'desc'] as const, 'asc', { filter: false }),
  },
};

export type RegisterState = ListValueOf<typeof REGISTER_STATE>;

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
