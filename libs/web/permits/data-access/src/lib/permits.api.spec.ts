import { HttpContext, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERRORS } from '@lotse/web/core';
import { PermitsApi, permitPdfUrl } from './permits.api';

describe('PermitsApi', () => {
  let api: PermitsApi;
  let http: HttpTestingController;
  const handled = (ctx: HttpContext) => ctx.get(HANDLED_ERRORS);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PermitsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists the register without empty filters', () => {
    api.permits({ status: null, expiringWithinDays: 90, q: '', page: 2, pageSize: 25 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/permits');
    expect(req.request.params.keys().sort()).toEqual(['expiringWithinDays', 'page', 'pageSize']);
    expect(req.request.params.get('expiringWithinDays')).toBe('90');
    req.flush({ items: [], total: 0, page: 2, pageSize: 25 });
  });

  it('lets the decision form handle 400/409/422 itself', () => {
    api.decide('a1', { decision: 'grant', maxChildren: 5 }).subscribe({ error: () => undefined });
    const req = http.expectOne('/api/permit-applications/a1/decision');
    expect(req.request.method).toBe('POST');
    expect(handled(req.request.context)).toEqual([400, 409, 422]);
    req.flush({ statusCode: 422, message: 'x', errors: [] }, { status: 422, statusText: 'x' });
  });

  it('approves and revokes by id; the id is encoded', () => {
    api.approve('a/b').subscribe();
    http.expectOne('/api/permits/a%2Fb/approve').flush({});
    api.revoke('p1', { reason: 'Umzug ohne Meldung', effectiveOn: '2026-12-01' }).subscribe();
    const req = http.expectOne('/api/permits/p1/revoke');
    expect(req.request.body).toEqual({ reason: 'Umzug ohne Meldung', effectiveOn: '2026-12-01' });
    req.flush({ id: 'p1' });
  });

  it('builds the PDF links (inline and as download)', () => {
    expect(permitPdfUrl('p1')).toBe('/api/permits/p1/pdf');
    expect(permitPdfUrl('p1', true)).toBe('/api/permits/p1/pdf?download=1');
  });
});
