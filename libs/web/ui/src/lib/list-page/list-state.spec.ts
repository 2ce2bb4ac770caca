import { signal } from '@angular/core';
import type { Params } from '@angular/router';
import { ListState, listField, listStateFiltered, listStateParams, parseListState, type ListStateSpec } from './list-state';

const STATUSES = ['new', 'open', 'closed'] as const;
const spec = {
  fields: {
    q: listField.text({ max: 10 }),
    status: listField.choice(STATUSES),
    statuses: listField.choices(STATUSES, ['new', 'open'], { param: 'st' }),
    district: listField.optionalText(),
    month: listField.optionalText({ pattern: /^\d{4}-(0[1-9]|1[0-2])$/ }),
    days: listField.int({ min: 1, max: 365 }),
    missing: listField.flag(),
    sort: listField.choice(['name', 'created'] as const, 'name', { filter: false }),
    order: listField.choice(['asc', 'desc'] as const, 'asc', { filter: false }),
  },
  pageSizes: [10, 25, 50],
  pageSize: 25,
} satisfies ListStateSpec<unknown>;

const DEFAULTS = {
  q: '',
  status: null,
  statuses: ['new', 'open'],
  district: null,
  month: null,
  days: null,
  missing: false,
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: 25,
};

describe('parseListState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseListState(spec, {})).toEqual(DEFAULTS);
  });

  it('reads every field type and the paging', () => {
    expect(
      parseListState(spec, {
        q: 'Meier',
        status: 'open',
        st: ['closed', 'new'],
        district: ' Mitte ',
        month: '2026-09',
        days: '30',
        missing: 'true',
        sort: 'created',
        order: 'desc',
        page: '3',
        pageSize: '50',
      }),
    ).toEqual({
      q: 'Meier',
      status: 'open',
      statuses: ['closed', 'new'],
      district: 'Mitte',
      month: '2026-09',
      days: 30,
      missing: true,
      sort: 'created',
      order: 'desc',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to the defaults for junk', () => {
    const junk: Params = {
      q: 'x'.repeat(50),
      status: 'deleted',
      st: ['nope', ''],
      district: '   ',
      month: '2026-13',
      days: '366',
      missing: 'yes',
      sort: 'password',
      order: 'sideways',
      page: '0',
      pageSize: '7',
    };
    expect(parseListState(spec, junk)).toEqual({ ...DEFAULTS, q: 'x'.repeat(10) });
    expect(parseListState(spec, { page: '-2', days: '1.5' })).toMatchObject({ page: 1, days: null });
    expect(parseListState(spec, { page: 'abc', pageSize: '25abc' })).toMatchObject({ page: 1, pageSize: 25 });
    expect(parseListState(spec, { page: '999999999' })).toMatchObject({ page: 1 });
  });

  it('takes the first of repeated single values and drops unknown ones from a list', () => {
    expect(parseListState(spec, { status: ['closed', 'open'], st: ['closed', 'bogus'] })).toMatchObject({
      status: 'closed',
      statuses: ['closed'],
    });
  });
});

describe('listStateParams', () => {
  it('leaves out every default', () => {
    expect(listStateParams(spec, parseListState(spec, {}))).toEqual({});
  });

  it('writes what differs, under the URL names, and round-trips', () => {
    const value = {
      ...parseListState(spec, {}),
      q: ' Meier ',
      statuses: ['closed' as const],
      days: 30,
      missing: true,
      order: 'desc' as const,
      page: 2,
      pageSize: 10,
    };
    const params = listStateParams(spec, value);
    expect(params).toEqual({ q: 'Meier', st: ['closed'], days: '30', missing: 'true', order: 'desc', page: '2', pageSize: '10' });
    expect(parseListState(spec, params)).toEqual({ ...value, q: 'Meier' });
  });

  it('treats the default statuses in another order as the default', () => {
    expect(listStateParams(spec, { ...parseListState(spec, {}), statuses: ['open', 'new'] })).toEqual({});
  });
});

describe('listStateFiltered', () => {
  it('counts filters but not sort, order or page', () => {
    const base = parseListState(spec, {});
    expect(listStateFiltered(spec, { ...base, sort: 'created', order: 'desc', page: 4 })).toBe(false);
    expect(listStateFiltered(spec, { ...base, q: '   ' })).toBe(false);
    expect(listStateFiltered(spec, { ...base, q: 'a' })).toBe(true);
    expect(listStateFiltered(spec, { ...base, missing: true })).toBe(true);
    expect(listStateFiltered(spec, { ...base, statuses: ['closed'] })).toBe(true);
  });
});

describe('ListState', () => {
  function make(params: Params) {
    const query = signal(params);
    const navigate = jest.fn();
    return { state: new ListState(spec, query, navigate), query, navigate };
  }

  it('follows the URL', () => {
    const { state, query } = make({ status: 'open' });
    expect(state.value().status).toBe('open');
    expect(state.filtered()).toBe(true);
    query.set({});
    expect(state.value().status).toBeNull();
    expect(state.filtered()).toBe(false);
  });

  it('set() goes back to page 1 and keeps the rest', () => {
    const { state, navigate } = make({ page: '3', order: 'desc', pageSize: '10' });
    state.set({ status: 'closed' });
    expect(navigate).toHaveBeenCalledWith({ status: 'closed', order: 'desc', pageSize: '10' }, {});
    state.set({ q: 'x' }, { replaceUrl: true });
    expect(navigate).toHaveBeenLastCalledWith({ q: 'x', order: 'desc', pageSize: '10' }, { replaceUrl: true });
  });

  it('setPage() takes the paginator’s 0-based index', () => {
    const { state, navigate } = make({ status: 'open' });
    state.setPage({ pageIndex: 1, pageSize: 50 });
    expect(navigate).toHaveBeenCalledWith({ status: 'open', page: '2', pageSize: '50' }, {});
  });

  it('reset() clears the filters but keeps sort and page size; clear() drops everything', () => {
    const { state, navigate } = make({ q: 'a', status: 'open', missing: 'true', sort: 'created', page: '2', pageSize: '50' });
    state.reset();
    expect(navigate).toHaveBeenCalledWith({ sort: 'created', pageSize: '50' }, {});
    state.clear();
    expect(navigate).toHaveBeenLastCalledWith({}, {});
  });
});
