import { DEFAULT_STATUSES, queueParams, queueStateFromParams } from './queue-state';

describe('care request queue state', () => {
  it('defaults to the open requests in priority order', () => {
    const s = queueStateFromParams({});
    expect(s.status).toEqual(DEFAULT_STATUSES);
    expect(s.sort).toBe('priority');
    expect(s.page).toBe(1);
    expect(queueParams(s)).toEqual(Object.fromEntries(Object.keys(queueParams(s)).map((k) => [k, undefined])));
  });

  it('reads every filter from the URL and drops nonsense', () => {
    const s = queueStateFromParams({
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
    expect(queueParams(s)).toMatchObject({ status: ['placed'], ageFrom: 12, startMonth: '2027-08', sort: 'age', order: 'desc', page: 3 });
  });
});
