import 'reflect-metadata'; // the contracts' DTO decorators need it when loaded outside Nest
import {
  AUDIT_ACTIONS,
  CARE_LOCATION_TYPES,
  CHILDMINDER_SORT_KEYS,
  CHILDMINDER_STATUSES,
  DOCUMENT_REVIEW_STATUSES,
  EVIDENCE_STATUSES,
  EVIDENCE_TYPES,
  LOCALES,
  PASSWORD_RULES,
  PERMIT_SETTINGS_LIMITS,
  PHONE_PATTERN,
  POSTCODE_PATTERN,
  REMINDER_THRESHOLDS,
  ROLES,
  STAFF_ONLY_EVIDENCE_TYPES,
  TIMELINE_EVENT_TYPES,
  UPLOAD_CONTENT_TYPES,
} from '@lotse/shared/contracts';
import {
  AUDIT_ACTION_VALUES,
  CARE_LOCATION_TYPE_VALUES,
  CHILDMINDER_SORT_KEY_VALUES,
  CHILDMINDER_STATUS_VALUES,
  DOCUMENT_REVIEW_STATUS_VALUES,
  EVIDENCE_STATUS_VALUES,
  EVIDENCE_TYPE_VALUES,
  LOCALE_VALUES,
  PASSWORD_RULES_VALUE,
  PERMIT_SETTINGS_LIMITS_VALUE,
  PHONE_PATTERN_VALUE,
  POSTCODE_PATTERN_VALUE,
  REMINDER_THRESHOLD_VALUES,
  ROLE_VALUES,
  STAFF_ONLY_EVIDENCE_TYPE_VALUES,
  TIMELINE_EVENT_TYPE_VALUES,
  UPLOAD_CONTENT_TYPE_VALUES,
} from './contract-values';

describe('client copies of contract values', () => {
  it('match the roles', () => expect([...ROLE_VALUES]).toEqual([...ROLES]));
  it('match the password rules', () => expect(PASSWORD_RULES_VALUE).toEqual(PASSWORD_RULES));
  it('match the locales', () => expect([...LOCALE_VALUES]).toEqual([...LOCALES]));
  it('match the audit actions', () => expect([...AUDIT_ACTION_VALUES]).toEqual([...AUDIT_ACTIONS]));
  it('match the permit settings limits', () => expect(PERMIT_SETTINGS_LIMITS_VALUE).toEqual(PERMIT_SETTINGS_LIMITS));
  it.each([
    ['phone', PHONE_PATTERN_VALUE, PHONE_PATTERN],
    ['postcode', POSTCODE_PATTERN_VALUE, POSTCODE_PATTERN],
  ])('match the %s pattern', (_name, copy, original) => {
    expect(copy.source).toBe(original.source);
    expect(copy.flags).toBe(original.flags);
  });
  it.each<[string, readonly string[], readonly string[]]>([
    ['childminder statuses', CHILDMINDER_STATUS_VALUES, CHILDMINDER_STATUSES],
    ['evidence types', EVIDENCE_TYPE_VALUES, EVIDENCE_TYPES],
    ['evidence statuses', EVIDENCE_STATUS_VALUES, EVIDENCE_STATUSES],
    ['care location types', CARE_LOCATION_TYPE_VALUES, CARE_LOCATION_TYPES],
    ['childminder sort keys', CHILDMINDER_SORT_KEY_VALUES, CHILDMINDER_SORT_KEYS],
    ['document review statuses', DOCUMENT_REVIEW_STATUS_VALUES, DOCUMENT_REVIEW_STATUSES],
    ['upload content types', UPLOAD_CONTENT_TYPE_VALUES, UPLOAD_CONTENT_TYPES],
    ['staff-only evidence types', STAFF_ONLY_EVIDENCE_TYPE_VALUES, STAFF_ONLY_EVIDENCE_TYPES],
    ['reminder thresholds', REMINDER_THRESHOLD_VALUES, REMINDER_THRESHOLDS],
    ['timeline event types', TIMELINE_EVENT_TYPE_VALUES, TIMELINE_EVENT_TYPES],
  ])('match the %s', (_name, copy, original) => expect([...copy]).toEqual([...original]));
});
