import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  EVIDENCE_APPLIES_TO,
  EVIDENCE_TYPES,
  REMINDER_THRESHOLDS,
  type ChildminderStatus,
  type DocumentReviewStatus,
  type EvidenceAppliesTo,
  type EvidenceStatus,
  type EvidenceType,
  type ReminderThreshold,
  type UploadContentType,
} from './childminder-values';
import { de } from './messages';
import { PageQueryDto } from './pagination';
import { IsNullableInt, MaxLengthIfString } from './validators';

/* ────────────────────────────── rules (per tenant, admin-editable) ────────────────────────────── */

/** One evidence rule of the tenant (NRW defaults seeded per tenant). */
export interface EvidenceRuleDto {
  type: EvidenceType;
  /** German label, e.g. "Erste-Hilfe-Kurs am Kind". */
  label: string;
  mandatory: boolean;
  /** Months an item stays valid after its date; null = valid once and for all. */
  validityMonths: number | null;
  /** Oldest an item may be when presented, in calendar months; null = no limit. */
  maxAgeMonthsAtSubmission: number | null;
  /** Teaching units (UE) an item must show; null = none. */
  unitsRequired: number | null;
  /** Days before expiry from which an item counts as expiring (and the first reminder goes out). */
  warningDays: number;
  appliesTo: EvidenceAppliesTo;
  /** false for the certificate of good conduct (§72a Abs. 5 SGB VIII); not editable. */
  uploadAllowed: boolean;
  /** Also required of every adult household member; not editable. */
  perHouseholdMember: boolean;
  updatedAt: string;
  version: number;
}

/**
 * PATCH /api/evidence-rules/:type (admins). Only given fields change; `null` removes a limit.
 * Stored expiries of the tenant's items of this type are recomputed in the same transaction.
 * `uploadAllowed` and `perHouseholdMember` follow from the law and cannot be changed.
 */
export class UpdateEvidenceRuleDto {
  @IsOptional()
  @IsBoolean({ message: de.boolean })
  mandatory?: boolean;

  @IsNullableInt(1, 240, { message: `${de.nullableInt} (1–240 Monate)` })
  validityMonths?: number | null;

  @IsNullableInt(1, 120, { message: `${de.nullableInt} (1–120 Monate)` })
  maxAgeMonthsAtSubmission?: number | null;

  @IsNullableInt(1, 1000, { message: `${de.nullableInt} (1–1000 UE)` })
  unitsRequired?: number | null;

  @IsOptional()
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(730, { message: de.max(730) })
  warningDays?: number;

  @IsOptional()
  @IsIn(EVIDENCE_APPLIES_TO, { message: de.oneOf(EVIDENCE_APPLIES_TO) })
  appliesTo?: EvidenceAppliesTo;

  /** The version last read; a stale one gives 409. */
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

/* ────────────────────────────── recording evidence ────────────────────────────── */

/**
 * Records one evidence item (POST /api/childminders/me/evidence or /:id/evidence).
 * `good_conduct` and `home_visit` are recorded by advisors only. A newer item of the same type
 * (and person) supersedes the older one.
 */
export class RecordEvidenceDto {
  @IsIn(EVIDENCE_TYPES, { message: de.oneOf(EVIDENCE_TYPES) })
  type!: EvidenceType;

  /** Date of the certificate, course end, instruction or visit (not in the future). */
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  date!: string;

  /** Date it was presented to the office; defaults to today (office time zone). Not before `date`. */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  submittedOn?: string;

  /** Teaching units (UE); required when the rule asks for units. */
  @IsOptional()
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(1000, { message: de.max(1000) })
  units?: number;

  /**
   * Certificate of good conduct of an adult household member: their name (as listed in the
   * profile's `adultHouseholdMembers`). Empty/absent = the childminder.
   */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(200, { message: de.tooLong(200) })
  personName?: string;

  /** Certificate of good conduct only (required there): does it show a relevant conviction (§72a)? */
  @ValidateIf((o: RecordEvidenceDto) => o.type === 'good_conduct' || o.relevantConviction !== undefined)
  @IsBoolean({ message: de.convictionRequired })
  relevantConviction?: boolean;

  /** Remarks; for the home visit: the findings. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(4000, { message: de.tooLong(4000) })
  note?: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface EvidenceItemDto {
  id: string;
  childminderId: string;
  type: EvidenceType;
  /** null = the childminder; otherwise the adult household member (good conduct). */
  personName: string | null;
  date: string;
  submittedOn: string | null;
  units: number | null;
  note: string | null;
  /** Stored expiry under the tenant's current rule (recomputed when the rule changes). */
  expiresOn: string | null;
  /** The newest item of its type (and person); older ones are kept as history. */
  current: boolean;
  /** Satisfies the rule on its own (units, age at presentation, no relevant conviction). */
  acceptable: boolean;
  /** Why not acceptable, in German. */
  unacceptableReason: string | null;
  /** Recorded by the advisory service, or a document of it was confirmed. */
  verified: boolean;
  recordedBy: PersonRef | null;
  recordedAt: string;
  /** Certificate of good conduct only: who inspected the original, when, and the result. */
  inspection: { inspectedBy: PersonRef | null; inspectedAt: string; relevantConviction: boolean } | null;
  version: number;
}

/**
 * Deletes a wrongly recorded evidence item (DELETE …/evidence/:itemId). The reason is optional for
 * the childminder (her own, unconfirmed items) and required for the advisory service; it is shown
 * in the file's timeline.
 */
export class DeleteEvidenceItemDto {
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason?: string;
}

/* ────────────────────────────── documents ────────────────────────────── */

/** Advisor's decision on an uploaded document. A reason is required when rejecting; the childminder sees it. */
export class ReviewDocumentDto {
  @IsIn(['confirmed', 'rejected'], { message: de.oneOf(['confirmed', 'rejected']) })
  decision!: 'confirmed' | 'rejected';

  @ValidateIf((o: ReviewDocumentDto) => o.decision === 'rejected' || o.reason !== undefined)
  @IsString({ message: de.reasonRequired })
  @IsNotEmpty({ message: de.reasonRequired })
  @MaxLengthIfString(1000, { message: de.tooLong(1000) })
  reason?: string;

  /** The document version last read; a stale one gives 409. */
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

/**
 * An uploaded file attached to an evidence item. Upload: multipart/form-data, field `file`
 * (PDF, JPEG or PNG, detected from the bytes; at most UPLOAD_MAX_BYTES, default 10 MB).
 * Download: GET …/documents/:documentId/content (audited).
 */
export interface EvidenceDocumentDto {
  id: string;
  childminderId: string;
  evidenceItemId: string;
  evidenceType: EvidenceType;
  filename: string;
  contentType: UploadContentType;
  sizeBytes: number;
  sha256: string;
  uploadedBy: PersonRef | null;
  uploadedAt: string;
  status: DocumentReviewStatus;
  /** Reason of a rejection (shown to the childminder). */
  reviewReason: string | null;
  reviewedBy: PersonRef | null;
  reviewedAt: string | null;
  version: number;
}

/* ────────────────────────────── checklist ────────────────────────────── */

/** One row of the checklist: one evidence type (and, for good conduct, one person). */
export interface ChecklistEntryDto {
  type: EvidenceType;
  label: string;
  /** null = the childminder; otherwise an adult household member. */
  personName: string | null;
  rule: EvidenceRuleDto;
  status: EvidenceStatus;
  expiresOn: string | null;
  /** First day the item counts as expiring. */
  warnFrom: string | null;
  /** German reason when not valid ("Nicht nachgewiesen.", "Läuft am … ab.", "9 UE erforderlich, …"). */
  reason: string | null;
  /** May the childminder record this item herself? (false for good conduct and home visit) */
  selfRecordable: boolean;
  current: EvidenceItemDto | null;
  /** Documents of the current item (never any for good conduct). */
  documents: EvidenceDocumentDto[];
}

export interface EvidenceChecklistDto {
  childminderId: string;
  /** The date the statuses were computed for (office time zone). */
  today: string;
  entries: ChecklistEntryDto[];
  summary: Record<EvidenceStatus, number>;
  /** Every mandatory entry is valid or expiring. */
  complete: boolean;
  /** "<label>: <reason>" for each mandatory entry that is missing or expired. */
  blockers: string[];
}

/* ────────────────────────────── reminders (advisor view) ────────────────────────────── */

export class EvidenceRemindersQueryDto extends PageQueryDto {
  /** `expiring` or `expired`; default both. */
  @IsOptional()
  @IsIn(REMINDER_THRESHOLDS, { message: de.oneOf(REMINDER_THRESHOLDS) })
  status?: ReminderThreshold;

  /** Also items expiring within this many days even if not yet in their warning window. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(3650, { message: de.max(3650) })
  withinDays?: number;

  /** Include files in status `ended` (default false). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: de.boolean })
  includeEnded?: boolean;
}

/** A current item that is expiring or expired, with the reminders already sent for it. */
export interface OpenReminderDto {
  evidenceItemId: string;
  childminderId: string;
  childminderName: string;
  childminderStatus: ChildminderStatus;
  type: EvidenceType;
  label: string;
  personName: string | null;
  expiresOn: string;
  status: 'expiring' | 'expired';
  /** Reminder mails sent so far, per threshold (ISO timestamps). */
  remindersSent: Array<{ threshold: ReminderThreshold; sentAt: string }>;
}
