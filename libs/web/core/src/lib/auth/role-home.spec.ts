import type { Role, SessionUser } from '@lotse/shared/contracts';
import { LOGIN_PATH, ROLE_HOME, afterLoginTarget, homeFor, resolveAccess } from './role-home';

const user = (role: Role): SessionUser => ({
  id: 'u1',
  email: `${role}@kamen.de`,
  displayName: 'Test',
  role,
  tenantId: 't1',
  tenantName: 'Stadt Kamen',
  locale: 'de',
});

describe('role homes', () => {
  it('gives every role its own start page', () => {
    expect(homeFor('admin')).toBe('/admin');
    expect(homeFor('advisor')).toBe('/advisor');
    // The Familienbüro team starts at the inquiries.
    expect(homeFor('staff')).toBe('/staff/inquiries');
    expect(homeFor('childminder')).toBe('/childminder');
    expect(homeFor('parent')).toBe('/parent');
    // The installation's operator has no office pages: her profile (the queue dashboard is in the menu).
    expect(homeFor('operator')).toBe('/profile');
    expect(new Set(Object.values(ROLE_HOME)).size).toBe(6);
  });
});

describe('resolveAccess', () => {
  it('sends signed-out users to the login page', () => {
    expect(resolveAccess(null, ['advisor'])).toBe(LOGIN_PATH);
    expect(resolveAccess(null)).toBe(LOGIN_PATH);
  });

  it('lets any signed-in user through when no role is required', () => {
    expect(resolveAccess(user('parent'))).toBe(true);
    expect(resolveAccess(user('admin'), [])).toBe(true);
  });

  it('lets users of an allowed role through', () => {
    expect(resolveAccess(user('advisor'), ['advisor'])).toBe(true);
    expect(resolveAccess(user('admin'), ['advisor', 'admin'])).toBe(true);
  });

  it.each<[Role, Role, string]>([
    ['parent', 'advisor', '/parent'],
    ['childminder', 'admin', '/childminder'],
    ['advisor', 'parent', '/advisor'],
    ['admin', 'childminder', '/admin'],
  ])('sends a %s away from %s pages to their own home', (role, required, home) => {
    expect(resolveAccess(user(role), [required])).toBe(home);
  });
});

describe('afterLoginTarget', () => {
  it('goes to the role home by default', () => {
    expect(afterLoginTarget(user('advisor'))).toBe('/advisor');
    expect(afterLoginTarget(user('parent'), null)).toBe('/parent');
  });

  it('honours an internal return URL', () => {
    expect(afterLoginTarget(user('parent'), '/parent/children/new')).toBe('/parent/children/new');
  });

  it('ignores external, protocol-relative and login return URLs', () => {
    expect(afterLoginTarget(user('parent'), 'https://evil.example')).toBe('/parent');
    expect(afterLoginTarget(user('parent'), '//evil.example')).toBe('/parent');
    expect(afterLoginTarget(user('parent'), '/login?returnUrl=/x')).toBe('/parent');
  });
});
