import { queryParams } from './query-params';

describe('queryParams', () => {
  it('repeats arrays and leaves out empty values', () => {
    expect(queryParams({ status: ['submitted', 'in_review'], district: '', page: 2, x: null }).toString()).toBe(
      'status=submitted&status=in_review&page=2',
    );
  });
});
