import type {
  AuditAction,
  CareLocationType,
  ChildminderSortKey,
  ChildminderStatus,
  DocumentReviewStatus,
  EvidenceStatus,
  EvidenceType,
  Locale,
  ReminderThreshold,
  Role,
  TimelineEventType,
  UploadContentType,
} from '@lotse/shared/contracts';

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
  'auth.password_reset_requested',
  'auth.password_reset',
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
  'evidence.delete',
  'document.upload',
  'document.download',
  'document.review',
  'permit.apply',
  'permit.read',
  'permit.check',
  'permit.decide',
  'permit.approve',
  'permit.issue',
  'permit.download',
  'permit.revoke',
  'permit.withdraw',
  'tenant.permit_settings_changed',
] as const satisfies readonly AuditAction[];

/** Same as the contracts' `PHONE_PATTERN` (used by `UpdateProfileDto` and `CreateUserDto`). */
export const PHONE_PATTERN_VALUE = /^\+?[0-9][0-9 /()-]{4,24}$/;

/** Same as the contracts' `PASSWORD_RULES`: the one policy for new passwords. */
export const PASSWORD_RULES_VALUE = { minLength: 12, maxLength: 200 } as const;

/** Same as the contracts' `POSTCODE_PATTERN`: five digits. */
export const POSTCODE_PATTERN_VALUE = /^[0-9]{5}$/;

/** Same as the contracts' `PERMIT_SETTINGS_LIMITS`: the legal maxima the admin settings form shows and checks. */
export const PERMIT_SETTINGS_LIMITS_VALUE = {
  maxChildren: 5,
  siteMaxChildminders: 3,
  siteMaxChildren: 9,
  validityYears: 5,
  reminderMonths: { min: 1, max: 12, maxItems: 3 },
  dutiesToInform: 10,
} as const;

/* ─────────────── childminders and evidence (issue 3; `childminder-values.ts` in the contracts) ─────────────── */

/** The lifecycle in its order: interested → applicant → in_qualification → suitability_check → active → paused → ended. */
export const CHILDMINDER_STATUS_VALUES = [
  'interested',
  'applicant',
  'in_qualification',
  'suitability_check',
  'active',
  'paused',
  'ended',
] as const satisfies readonly ChildminderStatus[];

/** Evidence types in the order of the checklist. */
export const EVIDENCE_TYPE_VALUES = [
  'qualification_course',
  'continuing_education',
  'first_aid',
  'good_conduct',
  'ifsg_instruction',
  'measles_protection',
  'medical_certificate',
  'home_visit',
] as const satisfies readonly EvidenceType[];

export const EVIDENCE_STATUS_VALUES = ['valid', 'expiring', 'expired', 'missing', 'not_required'] as const satisfies readonly EvidenceStatus[];

export const CARE_LOCATION_TYPE_VALUES = ['own_home', 'other_rooms', 'large_day_care'] as const satisfies readonly CareLocationType[];

export const CHILDMINDER_SORT_KEY_VALUES = ['name', 'status', 'nextExpiry', 'createdAt'] as const satisfies readonly ChildminderSortKey[];

export const DOCUMENT_REVIEW_STATUS_VALUES = ['pending', 'confirmed', 'rejected'] as const satisfies readonly DocumentReviewStatus[];

export const UPLOAD_CONTENT_TYPE_VALUES = ['application/pdf', 'image/jpeg', 'image/png'] as const satisfies readonly UploadContentType[];

/** Recorded by the advisory service only (inspection of the original, home visit). */
export const STAFF_ONLY_EVIDENCE_TYPE_VALUES = ['good_conduct', 'home_visit'] as const satisfies readonly EvidenceType[];

export const REMINDER_THRESHOLD_VALUES = ['expiring', 'expired'] as const satisfies readonly ReminderThreshold[];

export const TIMELINE_EVENT_TYPE_VALUES = [
  'created',
  'registered',
  'profile_updated',
  'status_changed',
  'evidence_recorded',
  'document_uploaded',
  'document_confirmed',
  'document_rejected',
  'reminder_sent',
  'good_conduct_deleted',
  'evidence_deleted',
  'permit_applied',
  'check_recorded',
  'permit_decided',
  'permit_refused',
  'permit_issued',
  'permit_revoked',
  'permit_expired',
  'permit_reminder_sent',
  'permit_withdrawn',
] as const satisfies readonly TimelineEventType[];
