import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Role, SessionUser } from '@lotse/shared/contracts';
import { authGuard, guestGuard, roleGuard, roleHomeRedirect, startPageRedirect } from './guards';
import { SessionStore } from './session.store';

@Component({ template: 'page' })
class DummyPage {}

function signIn(role: Role | null): void {
  const store = TestBed.inject(SessionStore);
  const http = TestBed.inject(HttpTestingController);
  void store.restore();
  const req = http.expectOne('/api/auth/session');
  if (role) {
    const user: SessionUser = {
      id: 'u1',
      email: 'x@kamen.de',
      displayName: 'X',
      role,
      tenantId: 't',
      tenantName: 'Stadt Kamen',
      locale: 'de',
    };
    req.flush({ user });
  } else {
    req.flush({ user: null });
  }
}

describe('route guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', pathMatch: 'full', redirectTo: startPageRedirect },
          { path: 'login', canMatch: [guestGuard], component: DummyPage },
          { path: 'familienbuero', component: DummyPage },
          { path: 'profile', canMatch: [authGuard], component: DummyPage },
          { path: 'advisor', canMatch: [roleGuard('advisor')], children: [{ path: '**', component: DummyPage }] },
          { path: 'parent', canMatch: [roleGuard('parent')], children: [{ path: '**', component: DummyPage }] },
          { path: 'admin', canMatch: [roleGuard('admin')], component: DummyPage },
          { path: '**', redirectTo: roleHomeRedirect },
        ]),
      ],
    });
  });

  async function go(url: string): Promise<string> {
    const router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    return router.url;
  }

  it('sends signed-out users to /login with the page they wanted', async () => {
    signIn(null);
    expect(await go('/advisor/children')).toBe('/login?returnUrl=%2Fadvisor%2Fchildren');
    expect(await go('/profile')).toBe('/login?returnUrl=%2Fprofile');
  });

  it('redirects the empty path to the public Familienbüro page when signed out', async () => {
    signIn(null);
    expect(await go('/')).toBe('/familienbuero');
  });

  it('redirects the empty path to the role home when signed in', async () => {
    signIn('advisor');
    expect(await go('/')).toBe('/advisor');
  });

  it('lets users into their own area', async () => {
    signIn('parent');
    expect(await go('/parent/children/new')).toBe('/parent/children/new');
    expect(await go('/profile')).toBe('/profile');
  });

  it('sends users of another role to their own home', async () => {
    signIn('parent');
    expect(await go('/advisor')).toBe('/parent');
    expect(await go('/admin')).toBe('/parent');
  });

  it('sends signed-out users from an unknown path to the login page', async () => {
    signIn(null);
    expect(await go('/no-such-page')).toBe('/login');
  });

  it('keeps signed-in users away from the login page', async () => {
    signIn('admin');
    expect(await go('/login')).toBe('/admin');
  });
});
