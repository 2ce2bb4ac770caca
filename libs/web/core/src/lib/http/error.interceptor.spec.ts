import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Notifier } from '../notify/notifier.service';
import { SessionStore } from '../auth/session.store';
import { errorInterceptor, generalErrorKey } from './error.interceptor';
import { handles, handlesAll } from './handled-errors';

describe('generalErrorKey', () => {
  it.each([
    [0, 'errors.network'],
    [400, 'errors.badRequest'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [409, 'errors.conflict'],
    [429, 'errors.tooManyRequests'],
    [500, 'errors.server'],
    [503, 'errors.server'],
    [418, 'errors.generic'],
  ])('maps %i to %s', (status, key) => expect(generalErrorKey(status)).toBe(key));
});

describe('errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let notifier: { error: jest.Mock; success: jest.Mock };

  beforeEach(() => {
    notifier = { error: jest.fn(), success: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: Notifier, useValue: notifier },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  function fail(url: string, status: number, options = {}): void {
    http.get(url, options).subscribe({ error: () => undefined });
    backend.expectOne(url).flush({ statusCode: status, message: 'x', errors: [] }, { status, statusText: 'x' });
  }

  it('shows a snackbar for failures nobody handles', () => {
    fail('/api/tenant', 500);
    expect(notifier.error).toHaveBeenCalledWith('errors.server');
  });

  it('stays quiet for statuses the caller handles', () => {
    fail('/api/children', 400, { context: handles(400) });
    fail('/api/auth/me', 401, { context: handlesAll() });
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('still reports statuses the caller did not declare', () => {
    fail('/api/children', 503, { context: handles(400) });
    expect(notifier.error).toHaveBeenCalledWith('errors.server');
  });

  it('ends the session and goes to the login page on 401', async () => {
    const session = TestBed.inject(SessionStore);
    jest.spyOn(session, 'signedIn').mockReturnValue(true);
    const clear = jest.spyOn(session, 'clear');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fail('/api/children', 401);
    expect(clear).toHaveBeenCalled();
    expect(notifier.error).toHaveBeenCalledWith('errors.sessionExpired');
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });
});
