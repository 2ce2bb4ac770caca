import type { Role, SessionUser } from '@lotse/shared/contracts';

/** Each role's start page. A `Record` so that a new role in the contracts fails the build here. */
export const ROLE_HOME: Readonly<Record<Role, string>> = {
  admin: '/admin',
  advisor: '/advisor',
  // The Familienbüro's other services start at the inquiries.
  staff: '/staff/inquiries',
  childminder: '/childminder',
  parent: '/parent',
  // The installation's operator has no office data: her profile, with the queue dashboard in the menu.
  operator: '/profile',
};

export const LOGIN_PATH = '/login';
/** The Familienbüro's public page: where guests opening the bare address land. */
export const PUBLIC_HOME_PATH = '/familienbuero';

export function homeFor(role: Role): string {
  return ROLE_HOME[role] ?? LOGIN_PATH;
}

/**
 * The decision every route guard makes, as a pure function: `true` to let the user in, otherwise
 * the path to send them to. Signed-out users go to the login page; users of another role go to
 * their own home (never to an error page: a wrong link should still lead somewhere useful).
 */
export function resolveAccess(user: SessionUser | null, allowedRoles?: readonly Role[]): true | string {
  if (!user) {
    return LOGIN_PATH;
  }
  if (!allowedRoles || allowedRoles.length === 0 || allowedRoles.includes(user.role)) {
    return true;
  }
  return homeFor(user.role);
}

/**
 * Where to go after signing in. A `returnUrl` is only honoured when it is an internal path
 * (no scheme, no protocol-relative `//host`), to avoid an open redirect; guards on the target
 * route still apply.
 */
export function afterLoginTarget(user: SessionUser, returnUrl?: string | null): string {
  if (returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') && !returnUrl.startsWith(LOGIN_PATH)) {
    return returnUrl;
  }
  return homeFor(user.role);
}
