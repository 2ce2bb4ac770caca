import { HttpContext, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERRORS } from '@lotse/web/core';
import { CareRequestsApi } from './care-requests.api';
import { MatchingApi } from './matching.api';

describe('matching HTTP services', () => {
  let requests: CareRequestsApi;
  let matching: MatchingApi;
  let http: HttpTestingController;
  const handled = (ctx: HttpContext) => ctx.get(HANDLED_ERRORS);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    requests = TestBed.inject(CareRequestsApi);
    matching = TestBed.inject(MatchingApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sends the queue filters, statuses repeated, nothing empty', () => {
    requests
      .list({
        status: ['submitted', 'in_review'],
        district: null,
        ageFromMonths: 12,
        startMonth: '2027-08',
        entitled: 'true',
        sort: 'priority',
        page: 1,
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/care-requests');
    expect(req.request.params.getAll('status')).toEqual(['submitted', 'in_review']);
    expect(req.request.params.keys().sort()).toEqual(['ageFromMonths', 'entitled', 'page', 'sort', 'startMonth', 'status']);
    req.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('lets the proposal form handle 400/409/422 (capacity and permit reasons) itself', () => {
    matching.propose('r/1', { childminderId: 'c1', requestVersion: 2 }).subscribe({ error: () => undefined });
    const req = http.expectOne('/api/care-requests/r%2F1/proposals');
    expect(req.request.method).toBe('POST');
    expect(handled(req.request.context)).toEqual([400, 409, 422]);
    req.flush(
      { statusCode: 422, message: 'x', errors: [{ field: 'capacity', message: 'voll', code: 'capacity' }] },
      { status: 422, statusText: 'x' },
    );
  });

  it('answers, ends and reads the week grid with the right verbs and bodies', () => {
    matching.answer('p1', { answer: 'decline', reason: 'Zu weit', version: 3 }).subscribe();
    const answer = http.expectOne('/api/proposals/p1/answer');
    expect(answer.request.body).toEqual({ answer: 'decline', reason: 'Zu weit', version: 3 });
    answer.flush({});
    matching.endPlacement('pl1', { endOn: '2027-07-31', reason: 'Kita-Platz', version: 1 }).subscribe();
    expect(http.expectOne('/api/placements/pl1/end').request.method).toBe('POST');
    matching.weekGrid('2027-01-06').subscribe();
    const grid = http.expectOne((r) => r.url === '/api/placements/week-grid');
    expect(grid.request.params.keys()).toEqual(['date']);
    grid.flush({});
    requests.measlesProof('k1', 'declared', 4).subscribe();
    const measles = http.expectOne('/api/children/k1/measles-proof');
    expect(measles.request.method).toBe('PUT');
    expect(measles.request.body).toEqual({ status: 'declared', version: 4 });
    measles.flush({});
    http.match(() => true).forEach((r) => r.flush({}));
  });
});
