import {
  DEFAULT_LIST_STATE,
  hasFilters,
  stateFromQueryParams,
  stateToApiQuery,
  stateToQueryParams,
  withFilter,
  withSort,
  type ChildminderListState,
} from './childminder-filters';

describe('childminder list state in the URL', () => {
  it('reads every filter, sort and page from the query', () => {
    expect(
      stateFromQueryParams({
        q: 'Demir',
        status: 'in_qualification',
        district: 'Methler',
        expiringWithinDays: '90',
        missingEvidence: 'true',
        sort: 'nextExpiry',
        order: 'desc',
        page: '3',
        pageSize: '50',
      }),
    ).toEqual({
      q: 'Demir',
      status: 'in_qualification',
      district: 'Methler',
      expiringWithinDays: 90,
      missingEvidence: true,
      sort: 'nextExpiry',
      order: 'desc',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to the defaults for unknown or malformed values', () => {
    expect(
      stateFromQueryParams({
        status: 'boss',
        sort: 'salary',
        order: 'sideways',
        page: '-1',
        pageSize: '7',
        expiringWithinDays: 'soon',
        missingEvidence: 'yes',
      }),
    ).toEqual(DEFAULT_LIST_STATE);
    expect(stateFromQueryParams({ page: ['2', '5'] }).page).toBe(2);
  });

  it('writes only what differs from the defaults (short, linkable URLs)', () => {
    expect(stateToQueryParams(DEFAULT_LIST_STATE)).toEqual({});
    const state: ChildminderListState = {
      ...DEFAULT_LIST_STATE,
      q: ' Weiß ',
      status: 'active',
      missingEvidence: true,
      expiringWithinDays: 0,
      page: 2,
    };
    expect(stateToQueryParams(state)).toEqual({ q: 'Weiß', status: 'active', missingEvidence: 'true', expiringWithinDays: '0', page: '2' });
  });

  it('survives a round trip through the URL', () => {
    const state: ChildminderListState = {
      q: 'Kowalski',
      status: 'applicant',
      district: 'Derne',
      expiringWithinDays: 30,
      missingEvidence: true,
      sort: 'createdAt',
      order: 'desc',
      page: 4,
      pageSize: 10,
    };
    expect(stateFromQueryParams(stateToQueryParams(state))).toEqual(state);
  });

  it('builds the API query without empty filters', () => {
    expect(stateToApiQuery(DEFAULT_LIST_STATE)).toEqual({ sort: 'name', order: 'asc', page: 1, pageSize: 25 });
    expect(stateToApiQuery({ ...DEFAULT_LIST_STATE, q: 'x', district: 'Mitte', missingEvidence: true, expiringWithinDays: 60 })).toEqual({
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 25,
      q: 'x',
      district: 'Mitte',
      missingEvidence: true,
      expiringWithinDays: 60,
    });
  });

  it('goes back to page 1 when a filter or the sort changes', () => {
    const onPage3 = { ...DEFAULT_LIST_STATE, page: 3 };
    expect(withFilter(onPage3, { status: 'paused' })).toMatchObject({ status: 'paused', page: 1 });
    expect(withSort(onPage3, 'status', 'desc')).toMatchObject({ sort: 'status', order: 'desc', page: 1 });
    expect(withSort(onPage3, 'status', '')).toMatchObject({ sort: 'name', order: 'asc' });
    expect(withSort(onPage3, 'evidence', 'asc')).toMatchObject({ sort: 'name' });
  });

  it('knows when filters are set', () => {
    expect(hasFilters(DEFAULT_LIST_STATE)).toBe(false);
    expect(hasFilters({ ...DEFAULT_LIST_STATE, sort: 'status', page: 2 })).toBe(false);
    expect(hasFilters({ ...DEFAULT_LIST_STATE, expiringWithinDays: 0 })).toBe(true);
  });
});
