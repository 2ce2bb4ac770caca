import { HttpContext, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERRORS } from '@lotse/web/core';
import { PermitSettingsApi } from './permit-settings.api';

describe('PermitSettingsApi', () => {
  let api: PermitSettingsApi;
  let http: HttpTestingController;
  const handled = (ctx: HttpContext) => ctx.get(HANDLED_ERRORS);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PermitSettingsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('reads and replaces the settings; the form handles 400 and 409 itself', () => {
    api.get().subscribe();
    expect(http.expectOne('/api/admin/permit-settings').request.method).toBe('GET');
    const body = { version: 3 } as never;
    api.update(body).subscribe({ error: () => undefined });
    const req = http.expectOne('/api/admin/permit-settings');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toBe(body);
    expect(handled(req.request.context)).toEqual(expect.arrayContaining([400, 409]));
    req.flush({ statusCode: 409, message: 'x', errors: [] }, { status: 409, statusText: 'Conflict' });
  });
});
