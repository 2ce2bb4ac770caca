/**
 * Plain values (no decorators) of the childminder and evidence contracts, so a client can use
 * them without pulling class-validator into its bundle.
 */
export {
  CHILDMINDER_STATUSES,
  STATUS_LABEL_DE,
  EVIDENCE_TYPES,
  EVIDENCE_LABEL_DE,
  EVIDENCE_STATUSES,
  type ChildminderStatus,
  type EvidenceType,
  type EvidenceStatus,
  type EvidenceAppliesTo,
  QUALIFICATION_VARIANTS,
  type QualificationVariant,
} from '@lotse/shared/domain';

/** Where the childminder cares for children: at home, in other (checked) rooms, or in a Großtagespflege. */
export const CARE_LOCATION_TYPES = ['own_home', 'other_rooms', 'large_day_care'] as const;
export type CareLocationType = (typeof CARE_LOCATION_TYPES)[number];

export const CHILDMINDER_SORT_KEYS = ['name', 'status', 'nextExpiry', 'createdAt'] as const;
export type ChildminderSortKey = (typeof CHILDMINDER_SORT_KEYS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const EVIDENCE_APPLIES_TO = ['all', 'born_after_1970'] as const;

/** Review state of an uploaded document: the advisor confirms or rejects it (with a reason). */
export const DOCUMENT_REVIEW_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type DocumentReviewStatus = (typeof DOCUMENT_REVIEW_STATUSES)[number];

/** File types accepted for uploads; detected from the bytes, never from name or header. */
export const UPLOAD_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/** Reminder thresholds: first when an item enters the warning window, then when it has expired. */
export const REMINDER_THRESHOLDS = ['expiring', 'expired'] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

/** Evidence only the advisory service records (inspection of the original, home visit). */
export const STAFF_ONLY_EVIDENCE_TYPES = ['good_conduct', 'home_visit'] as const;

export const TIMELINE_EVENT_TYPES = [
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
  'evidence_confirmed',
  'qualification_variant_set',
  'recheck_opened',
  'recheck_closed',
  // Permit workflow (issue 4)
  'permit_applied',
  'check_recorded',
  'permit_decided',
  'permit_refused',
  'permit_issued',
  'permit_revoked',
  'permit_expired',
  'permit_reminder_sent',
  'permit_withdrawn',
  'permit_ended',
] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];
