import { queryParams } from './inquiries.api';

describe('queryParams', () => {
  it('repeats arrays and drops empty values', () => {
    expect(queryParams({ status: ['new', 'in_progress'], service: null, overdue: 'true', page: 2 }).toString()).toBe(
      'status=new&status=in_progress&overdue=true&page=2',
    );
  });
});
