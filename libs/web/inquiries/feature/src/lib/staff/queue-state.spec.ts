import { inquiryParams, inquiryStateFromParams } from './queue-state';

describe('inquiry queue state in the URL', () => {
  it('round-trips filters and drops defaults', () => {
    const s = inquiryStateFromParams({ status: ['answered'], service: 'familienhebamme', overdue: 'true', assignee: 'me', page: '2' });
    expect(s).toEqual({ status: ['answered'], service: 'familienhebamme', overdue: 'true', assignee: 'me', page: 2, pageSize: 25 });
    expect(inquiryParams(s)).toEqual({
      status: ['answered'],
      service: 'familienhebamme',
      overdue: 'true',
      assignee: 'me',
      page: 2,
      pageSize: undefined,
    });
    expect(inquiryParams(inquiryStateFromParams({}))).toEqual({
      status: undefined,
      service: undefined,
      overdue: undefined,
      assignee: undefined,
      page: undefined,
      pageSize: undefined,
    });
  });

  it('ignores junk', () => {
    expect(
      inquiryStateFromParams({ status: 'kaputt', service: 'x', overdue: 'ja', assignee: "'; drop", page: '-1', pageSize: '7' }),
    ).toEqual({
      status: ['new', 'in_progress'],
      service: null,
      overdue: null,
      assignee: null,
      page: 1,
      pageSize: 25,
    });
  });
});
