import { listStateParams, parseListState } from '@lotse/web/ui';
import { INQUIRY_QUEUE_STATE } from './queue-state';

describe('inquiry queue state in the URL', () => {
  it('round-trips filters and drops defaults', () => {
    const s = parseListState(INQUIRY_QUEUE_STATE, {
      status: ['answered'],
      service: 'familienhebamme',
      overdue: 'true',
      assignee: 'me',
      page: '2',
    });
    expect(s).toEqual({ status: ['answered'], service: 'familienhebamme', overdue: 'true', assignee: 'me', page: 2, pageSize: 25 });
    expect(listStateParams(INQUIRY_QUEUE_STATE, s)).toEqual({
      status: ['answered'],
      service: 'familienhebamme',
      overdue: 'true',
      assignee: 'me',
      page: '2',
    });
    expect(listStateParams(INQUIRY_QUEUE_STATE, parseListState(INQUIRY_QUEUE_STATE, {}))).toEqual({});
  });

  it('ignores junk', () => {
    expect(
      parseListState(INQUIRY_QUEUE_STATE, {
        status: 'kaputt',
        service: 'x',
        overdue: 'ja',
        assignee: "'; drop",
        page: '-1',
        pageSize: '7',
      }),
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
