import type { ChildminderSortKey, ChildmindersQueryDto, SortOrder } from '@lotse/shared/contracts';
import { CHILDMINDER_SORT_KEY_VALUES, CHILDMINDER_STATUS_VALUES, listField, type ListValueOf } from '@lotse/web/ui';

/** Offered in the "läuft ab in" filter; any other number in a URL is kept as well. */
export const EXPIRY_WINDOWS = [30, 60, 90, 180] as const;

/**
 * The advisor list's state. It lives in the URL query, so a filtered list can be bookmarked and
 * sent on; unknown or malformed values fall back to the defaults (a hand-edited link shows a
 * sensible list instead of a 400).
 */
export const CHILDMINDER_LIST_STATE = {
  fields: {
    q: listField.text({ max: 100 }),
    status: listField.choice(CHILDMINDER_STATUS_VALUES),
    district: listField.optionalText({ max: 100 }),
    /** "läuft ab in N Tagen": only files with an item expiring within N days. */
    expiringWithinDays: listField.int({ min: 0, max: 3650 }),
    /** Only files with a missing, unacceptable or expired mandatory item. */
    missingEvidence: listField.flag(),
    sort: listField.choice(CHILDMINDER_SORT_KEY_VALUES, 'name', { filter: false }),
    order: listField.choice(['asc', 'desc'] as const, 'asc', { filter: false }),
  },
};

export type ChildminderListState = ListValueOf<typeof CHILDMINDER_LIST_STATE>;

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

/** A mat-sort change as a state patch; '' (sorting switched off) or an unsortable column is the default order. */
export function sortPatch(active: string, direction: 'asc' | 'desc' | ''): { sort: ChildminderSortKey; order: SortOrder } {
  if (!direction || !(CHILDMINDER_SORT_KEY_VALUES as readonly string[]).includes(active)) return { sort: 'name', order: 'asc' };
  return { sort: active as ChildminderSortKey, order: direction };
}
