import {
  descendingWindow,
  registerApiQuery,
  registerStateFromParams,
  registerStateToParams,
  withRegisterFilter,
  DEFAULT_REGISTER_STATE,
} from './register-state';

describe('permit register state', () => {
  it('reads known values from the URL and ignores the rest', () => {
    expect(
      registerStateFromParams({ status: 'issued', expiringWithinDays: '90', q: 'Schäfer', order: 'desc', page: '2', pageSize: '50' }),
    ).toEqual({
      status: 'issued',
      expiringWithinDays: 90,
      q: 'Schäfer',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
    expect(registerStateFromParams({ status: 'gelöscht', expiringWithinDays: '-3', page: 'x', pageSize: '1000' })).toEqual(
      DEFAULT_REGISTER_STATE,
    );
  });

  it('writes short URLs and starts again on page 1 after a filter change', () => {
    expect(registerStateToParams(DEFAULT_REGISTER_STATE)).toEqual({
      status: undefined,
      expiringWithinDays: undefined,
      q: undefined,
      order: undefined,
      page: undefined,
      pageSize: undefined,
    });
    const s = withRegisterFilter({ ...DEFAULT_REGISTER_STATE, page: 4 }, { q: 'KAM-2026' });
    expect(s.page).toBe(1);
    expect(registerApiQuery(s)).toEqual({ status: null, expiringWithinDays: null, q: 'KAM-2026', page: 1, pageSize: 25 });
  });
});

describe("descendingWindow (latest end of validity first, from the API's soonest-first pages)", () => {
  /** Simulates the API: items 0..total-1 in ascending order, 1-based pages. */
  const api = (total: number, size: number) => (page: number) =>
    Array.from({ length: total }, (_, i) => i).slice((page - 1) * size, page * size);

  it.each([
    [0, 0, 10],
    [7, 0, 10],
    [25, 0, 10],
    [25, 1, 10],
    [25, 2, 10],
    [30, 1, 10],
    [61, 3, 25],
  ])('gives page %#: total %i, page index %i, size %i, exactly the reversed list', (total, pageIndex, size) => {
    const reversed = Array.from({ length: total }, (_, i) => total - 1 - i).slice(pageIndex * size, (pageIndex + 1) * size);
    const window = descendingWindow(total, pageIndex, size);
    if (reversed.length === 0) {
      expect(window).toBeNull();
      return;
    }
    if (!window) throw new Error('expected a window');
    expect(window.pages.length).toBeLessThanOrEqual(2);
    const fetch = api(total, size);
    expect(window.pick(window.pages.flatMap(fetch))).toEqual(reversed);
  });

  it('is empty beyond the end', () => {
    expect(descendingWindow(10, 1, 10)).toBeNull();
    expect(descendingWindow(10, 5, 10)).toBeNull();
  });
});
