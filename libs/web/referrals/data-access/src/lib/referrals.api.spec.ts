import { HttpContext, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERRORS } from '@lotse/web/core';
import { ReferralsApi } from './referrals.api';

describe('ReferralsApi', () => {
  let api: ReferralsApi;
  let http: HttpTestingController;
  const handled = (ctx: HttpContext) => ctx.get(HANDLED_ERRORS);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReferralsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sends only the filters that are set', () => {
    api.partners({ q: '  kita ', category: null, includeInactive: false }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/partner-services');
    expect(req.request.params.keys()).toEqual(['q']);
    expect(req.request.params.get('q')).toBe('kita');
    req.flush([]);
  });

  it('posts exactly partner and topic (nothing else), handling 404/422 in the page', () => {
    api.record({ partnerServiceId: 'p1', topic: 'school' }).subscribe();
    const req = http.expectOne('/api/referrals');
    expect(req.request.body).toEqual({ partnerServiceId: 'p1', topic: 'school' });
    expect(handled(req.request.context)).toEqual(expect.arrayContaining([404, 422]));
    req.flush({});
  });

  it('builds the figures query and the CSV link from the month range', () => {
    api.figures({ from: '2026-01', to: null }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/referrals/figures');
    expect(req.request.params.keys()).toEqual(['from']);
    req.flush({});
    expect(api.csvUrl({ from: '2026-01', to: '2026-06' })).toBe('/api/referrals/figures.csv?from=2026-01&to=2026-06');
    expect(api.csvUrl()).toBe('/api/referrals/figures.csv');
  });

  it('reads the public directory of the default office or of a slug', () => {
    api.publicPartners().subscribe();
    http.expectOne('/api/public/office/partner-services').flush([]);
    api.publicPartners('unna').subscribe();
    http.expectOne('/api/public/offices/unna/partner-services').flush([]);
  });
});
