import { inject } from '@angular/core';
import { Router, type CanMatchFn, type UrlSegment } from '@angular/router';
import type { Role } from '@lotse/shared/contracts';
import { LOGIN_PATH, PUBLIC_HOME_PATH, homeFor, resolveAccess } from './role-home';
import { SessionStore } from './session.store';

function attemptedUrl(segments: UrlSegment[]): string {
  return '/' + segments.map((s) => s.path).join('/');
}

/**
 * Lets signed-in users of the given roles match the route (no roles: any signed-in user).
 * A `canMatch` guard, so the lazy chunk of a foreign role is never even downloaded.
 */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return (_route, segments) => {
    const router = inject(Router);
    const decision = resolveAccess(inject(SessionStore).user(), roles);
    if (decision === true) {
      return true;
    }
    if (decision === LOGIN_PATH) {
      return router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: attemptedUrl(segments) } });
    }
    return router.parseUrl(decision);
  };
}

export const authGuard: CanMatchFn = roleGuard();

/** The login page is only for signed-out users; others go to their home. */
export const guestGuard: CanMatchFn = () => {
  const user = inject(SessionStore).user();
  return user ? inject(Router).parseUrl(homeFor(user.role)) : true;
};

/** `redirectTo` function for the empty path: the user's home, or the login page. */
export function roleHomeRedirect(): string {
  const user = inject(SessionStore).user();
  return user ? homeFor(user.role) : LOGIN_PATH;
}

/**
 * `redirectTo` function for the bare address: the user's home, or for guests the Familienbüro's
 * public page (which links to the sign-in, as does the toolbar).
 */
export function startPageRedirect(): string {
  const user = inject(SessionStore).user();
  return user ? homeFor(user.role) : PUBLIC_HOME_PATH;
}
