import { listStateFiltered, listStateParams, parseListState } from '@lotse/web/ui';
import { CHILDMINDER_LIST_STATE, sortPatch, stateToApiQuery, type ChildminderListState } from './childminder-filters';

const spec = CHILDMINDER_LIST_STATE;
const DEFAULTS = parseListState(spec, {});

describe('childminder list state in the URL', () => {
  it('has the expected defaults', () => {
    expect(DEFAULTS).toEqual({
      q: '',
      status: null,
      district: null,
      expiringWithinDays: null,
      missingEvidence: false,
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('reads every filter, sort and page from the query', () => {
    expect(
      parseListState(spec, {
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
      parseListState(spec, {
        status: 'boss',
        sort: 'salary',
        order: 'sideways',
        page: '-1',
        pageSize: '7',
        expiringWithinDays: 'soon',
        missingEvidence: 'yes',
      }),
    ).toEqual(DEFAULTS);
    expect(parseListState(spec, { page: ['2', '5'] }).page).toBe(2);
  });

  it('writes only what differs from the defaults (short, linkable URLs)', () => {
    expect(listStateParams(spec, DEFAULTS)).toEqual({});
    const state: ChildminderListState = {
      ...DEFAULTS,
      q: ' Weiß ',
      status: 'active',
      missingEvidence: true,
      expiringWithinDays: 0,
      page: 2,
    };
    expect(listStateParams(spec, state)).toEqual({
      q: 'Weiß',
      status: 'active',
      missingEvidence: 'true',
      expiringWithinDays: '0',
      page: '2',
    });
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
    expect(parseListState(spec, listStateParams(spec, state))).toEqual(state);
  });

  it('builds the API query without empty filters', () => {
    expect(stateToApiQuery(DEFAULTS)).toEqual({ sort: 'name', order: 'asc', page: 1, pageSize: 25 });
    expect(stateToApiQuery({ ...DEFAULTS, q: 'x', district: 'Mitte', missingEvidence: true, expiringWithinDays: 60 })).toEqual({
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

  it('turns mat-sort changes into a sort patch', () => {
    expect(sortPatch('status', 'desc')).toEqual({ sort: 'status', order: 'desc' });
    expect(sortPatch('status', '')).toEqual({ sort: 'name', order: 'asc' });
    expect(sortPatch('evidence', 'asc')).toEqual({ sort: 'name', order: 'asc' });
  });

  it('knows when filters are set', () => {
    expect(listStateFiltered(spec, DEFAULTS)).toBe(false);
    expect(listStateFiltered(spec, { ...DEFAULTS, sort: 'status', page: 2 })).toBe(false);
    expect(listStateFiltered(spec, { ...DEFAULTS, expiringWithinDays: 0 })).toBe(true);
  });
});
