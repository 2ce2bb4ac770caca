/*
 * The contract values the UI needs, under the names the client code uses. They come from
 * `@lotse/shared/contracts/values`, the contracts' entry point without DTO classes: importing from
 * the contracts' index would put class-validator into the browser bundle (its decorators are side
 * effects). Types are imported from the index with `import type` (erased).
 */
export {
  ROLES as ROLE_VALUES,
  LOCALES as LOCALE_VALUES,
  AUDIT_ACTIONS as AUDIT_ACTION_VALUES,
  PERMIT_SETTINGS_LIMITS as PERMIT_SETTINGS_LIMITS_VALUE,
  PHONE_PATTERN as PHONE_PATTERN_VALUE,
  POSTCODE_PATTERN as POSTCODE_PATTERN_VALUE,
  CHILDMINDER_STATUSES as CHILDMINDER_STATUS_VALUES,
  EVIDENCE_TYPES as EVIDENCE_TYPE_VALUES,
  EVIDENCE_STATUSES as EVIDENCE_STATUS_VALUES,
  CARE_LOCATION_TYPES as CARE_LOCATION_TYPE_VALUES,
  CHILDMINDER_SORT_KEYS as CHILDMINDER_SORT_KEY_VALUES,
  DOCUMENT_REVIEW_STATUSES as DOCUMENT_REVIEW_STATUS_VALUES,
  UPLOAD_CONTENT_TYPES as UPLOAD_CONTENT_TYPE_VALUES,
  STAFF_ONLY_EVIDENCE_TYPES as STAFF_ONLY_EVIDENCE_TYPE_VALUES,
  REMINDER_THRESHOLDS as REMINDER_THRESHOLD_VALUES,
  TIMELINE_EVENT_TYPES as TIMELINE_EVENT_TYPE_VALUES,
} from '@lotse/shared/contracts/values';
