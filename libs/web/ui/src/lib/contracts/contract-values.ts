import type { AuditAction, Locale, Role } from '@lotse/shared/contracts';

/*
 * Client copies of the few *values* (not types) the UI needs from `@lotse/shared/contracts`.
 *
 * Why copies: the contracts' index also exports the DTO classes with their class-validator
 * decorators. Decorator calls are side effects a bundler must keep, so importing a single
 * constant from the index puts class-validator and validator.js (≈ 300 kB) into the browser
 * bundle. Types are imported with `import type` (erased). `contract-values.spec.ts` compares
 * every copy with the original, so a change in the contracts fails the web-core tests; the
 * `satisfies` clauses reject values the contracts do not know.
 * Remove these once the contracts lib is marked side-effect free or splits its constants out.
 */

export const ROLE_VALUES = ['admin', 'advisor', 'childminder', 'parent'] as const satisfies readonly Role[];

export const LOCALE_VALUES = ['de', 'en'] as const satisfies readonly Locale[];

export const AUDIT_ACTION_VALUES = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'user.create',
  'user.read',
  'user.update',
  'child.create',
  'child.read',
  'child.list',
  'child.update',
  'audit.read',
  'access.denied',
  'childminder.register',
  'childminder.create',
  'childminder.read',
  'childminder.list',
  'childminder.update',
  'childminder.transition',
  'evidence.record',
  'evidence.rule_update',
  'evidence.good_conduct_deleted',
  'document.upload',
  'document.download',
  'document.review',
] as const satisfies readonly AuditAction[];

/** Same as the contracts' `PHONE_PATTERN` (used by `UpdateProfileDto` and `CreateUserDto`). */
export const PHONE_PATTERN_VALUE = /^\+?[0-9][0-9 /()-]{4,24}$/;
