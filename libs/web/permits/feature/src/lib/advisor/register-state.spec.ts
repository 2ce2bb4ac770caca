import { listStateParams, parseListState } from '@lotse/web/ui';
import { REGISTER_STATE, descendingWindow, registerApiQuery } from './register-state';

const DEFAULTS = { status: null, expiringWithinDays: null, q: '', order: 'asc', page: 1, pageSize: 25 };

describe('permit register state', () => {
  it('reads known values from the URL and ignores the rest', () => {
    expect(
      parseListState(REGISTER_STATE, {
        status: 'issued',
        expiringWithinDays: '90',
        q: 'Schäfer',
        order: 'desc',
        page: '2',
        pageSize: '50',
      }),
    ).toEqual({
      status: 'issued',
      expiringWithinDays: 90,
      q: 'Schäfer',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
    expect(parseListState(REGISTER_STATE, { status: 'gelöscht', expiringWithinDays: '-3', page: 'x', pageSize: '1000' })).toEqual(DEFAULTS);
  });

  it('writes short URLs and asks the API for the trimmed search', () => {
    expect(listStateParams(REGISTER_STATE, parseListState(REGISTER_STATE, {}))).toEqual({});
    const s = parseListState(REGISTER_STATE, { q: ' KAM-2026 ', order: 'desc', page: '4' });
    expect(listStateParams(REGISTER_STATE, s)).toEqual({ q: 'KAM-2026', order: 'desc', page: '4' });
    expect(registerApiQuery(s)).toEqual({ status: null, expiringWithinDays: null, q: 'KAM-2026', page: 4, pageSize: 25 });
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
