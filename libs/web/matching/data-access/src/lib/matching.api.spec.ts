import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERRORS } from '@lotse/web/core';
import { MatchingApi, runFinished } from './matching.api';

describe('MatchingApi', () => {
  let api: MatchingApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(MatchingApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('proposes with the request version and handles 409/422 itself', () => {
    api.propose('r1', 'c1', 3).subscribe();
    const req = http.expectOne('/api/care-requests/r1/proposals');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ childminderId: 'c1', requestVersion: 3 });
    expect(req.request.context.get(HANDLED_ERRORS)).toEqual([400, 409, 422]);
    req.flush({ id: 'p1' });
  });

  it('starts a run with or without a seed', () => {
    api.startRun(null).subscribe();
    expect(http.expectOne('/api/matching/runs').request.body).toEqual({});
    api.startRun(42).subscribe();
    expect(http.expectOne('/api/matching/runs').request.body).toEqual({ seed: 42 });
  });

  it('lists runs with paging and sends the selected proposals', () => {
    api.runs(2, 5).subscribe();
    http.expectOne('/api/matching/runs?page=2&pageSize=5').flush({ items: [], total: 0, page: 2, pageSize: 5 });
    api.sendProposals('run1', ['a', 'b']).subscribe();
    const req = http.expectOne('/api/matching/runs/run1/proposals');
    expect(req.request.body).toEqual({ careRequestIds: ['a', 'b'] });
    req.flush({ results: [] });
  });

  it('knows when a run is finished', () => {
    expect(runFinished({ status: 'queued' })).toBe(false);
    expect(runFinished({ status: 'running' })).toBe(false);
    expect(runFinished({ status: 'done' })).toBe(true);
    expect(runFinished({ status: 'failed' })).toBe(true);
  });
});
