import { listStateParams, parseListState } from '@lotse/web/ui';
import { DEFAULT_STATUSES, REQUEST_QUEUE_STATE } from './queue-state';

describe('care request queue state', () => {
  it('defaults to the open requests in priority order', () => {
    const s = parseListState(REQUEST_QUEUE_STATE, {});
    expect(s.status).toEqual(DEFAULT_STATUSES);
    expect(s.sort).toBe('priority');
    expect(s.page).toBe(1);
    expect(listStateParams(REQUEST_QUEUE_STATE, s)).toEqual({});
  });

  it('reads every filter from the URL and drops nonsense', () => {
    const s = parseListState(REQUEST_QUEUE_STATE, {
      status: ['placed', 'bogus'],
      district: 'Methler',
      ageFrom: '12',
      ageTo: '999',
      startMonth: '2027-08',
      entitled: 'true',
      sort: 'age',
      order: 'desc',
      page: '3',
      pageSize: '7',
    });
    expect(s).toMatchObject({
      status: ['placed'],
      district: 'Methler',
      ageFromMonths: 12,
      ageToMonths: null,
      startMonth: '2027-08',
      entitled: 'true',
      sort: 'age',
      order: 'desc',
      page: 3,
      pageSize: 25,
    });
    expect(listStateParams(REQUEST_QUEUE_STATE, s)).toEqual({
      status: ['placed'],
      district: 'Methler',
      ageFrom: '12',
      startMonth: '2027-08',
      entitled: 'true',
      sort: 'age',
      order: 'desc',
      page: '3',
    });
  });
});
