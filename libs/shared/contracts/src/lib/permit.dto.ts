import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { de } from './messages';
import { PageQueryDto } from './pagination';
import {
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  CHECK_KINDS,
  DECISIONS,
  FINDING_RATINGS,
  PERMIT_STATUSES,
  RECOMMENDATIONS,
  type ApplicationKind,
  type ApplicationStatus,
  type CheckKind,
  type Criterion,
  type Decision,
  type FindingRating,
  type PermitStatusValue,
  type Recommendation,
} from './permit-values';

/* ───────────── application ───────────── */

/** A childminder applies for a permit, its renewal, or an amendment (new address, other number of children). */
export class ApplyForPermitDto {
  @IsIn(APPLICATION_KINDS, { message: de.oneOf(APPLICATION_KINDS) })
  kind!: ApplicationKind;

  /** Children the applicant wishes to care for at the same time (the decision checks the office's limit, 5 in NRW). */
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(9, { message: de.max(9) })
  requestedMaxChildren!: number;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(2000, { message: de.tooLong(2000) })
  note?: string;
}

/**
 * The childminder withdraws her open application (not yet decided). `version` from the last read:
 * a stale one (the advisor has worked on it meanwhile) answers 409.
 */
export class WithdrawApplicationDto {
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason?: string;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

/* ───────────── suitability check ───────────── */

export class FindingDto {
  @IsIn(FINDING_RATINGS, { message: de.oneOf(FINDING_RATINGS) })
  rating!: FindingRating;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(2000, { message: de.tooLong(2000) })
  note?: string;
}

export class FindingsDto {
  @ValidateNested()
  @Type(() => FindingDto)
  @IsObject({ message: de.required })
  personality!: FindingDto;

  @ValidateNested()
  @Type(() => FindingDto)
  @IsObject({ message: de.required })
  expertise!: FindingDto;

  @ValidateNested()
  @Type(() => FindingDto)
  @IsObject({ message: de.required })
  cooperation!: FindingDto;

  @ValidateNested()
  @Type(() => FindingDto)
  @IsObject({ message: de.required })
  rooms!: FindingDto;
}

/** A home visit or the suitability interview, recorded by the advisor. */
export class RecordCheckDto {
  @IsIn(CHECK_KINDS, { message: de.oneOf(CHECK_KINDS) })
  kind!: CheckKind;

  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  date!: string;

  @IsArray({ message: 'Bitte eine Liste angeben.' })
  @ArrayMaxSize(20, { message: 'Höchstens 20 Einträge.' })
  @IsString({ each: true, message: de.text })
  @MaxLength(200, { each: true, message: de.tooLong(200) })
  personsPresent!: string[];

  @IsArray({ message: 'Bitte eine Liste angeben.' })
  @ArrayMaxSize(30, { message: 'Höchstens 30 Einträge.' })
  @IsString({ each: true, message: de.text })
  @MaxLength(200, { each: true, message: de.tooLong(200) })
  roomsChecked!: string[];

  @ValidateNested()
  @Type(() => FindingsDto)
  @IsObject({ message: de.required })
  findings!: FindingsDto;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(5000, { message: de.tooLong(5000) })
  notes?: string;

  @IsIn(RECOMMENDATIONS, { message: de.oneOf(RECOMMENDATIONS) })
  recommendation!: Recommendation;
}

/* ───────────── decision ───────────── */

/** Grant, grant with conditions (Nebenbestimmungen) or refuse. */
export class DecideDto {
  @IsIn(DECISIONS, { message: de.oneOf(DECISIONS) })
  decision!: Decision;

  /** 1–5 simultaneously present children (the server checks the tenant's limits). */
  @ValidateIf((o: DecideDto) => o.decision !== 'refuse')
  @Type(() => Number)
  @IsInt({ message: de.int })
  maxChildren?: number;

  /** Required when fewer than 5 children are allowed. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(2000, { message: de.tooLong(2000) })
  reasonForFewerChildren?: string;

  /** Rooms the permit is limited to ("named rooms only"); empty = all rooms checked. */
  @IsOptional()
  @IsArray({ message: 'Bitte eine Liste angeben.' })
  @ArrayMaxSize(20, { message: 'Höchstens 20 Einträge.' })
  @IsString({ each: true, message: de.text })
  @MaxLength(200, { each: true, message: de.tooLong(200) })
  rooms?: string[];

  /** Other conditions, one sentence each. */
  @IsOptional()
  @IsArray({ message: 'Bitte eine Liste angeben.' })
  @ArrayMaxSize(20, { message: 'Höchstens 20 Einträge.' })
  @IsString({ each: true, message: de.text })
  @IsNotEmpty({ each: true, message: de.required })
  @MaxLength(1000, { each: true, message: de.tooLong(1000) })
  conditions?: string[];

  /** First day of validity (default: the day of issue). */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  validFrom?: string;

  /** Required when refusing. */
  @ValidateIf((o: DecideDto) => o.decision === 'refuse')
  @IsString({ message: de.text })
  @IsNotEmpty({ message: 'Bitte begründen Sie die Ablehnung.' })
  @MaxLength(5000, { message: de.tooLong(5000) })
  refusalReason?: string;
}

export class RevokePermitDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: 'Bitte begründen Sie den Widerruf.' })
  @MaxLength(5000, { message: de.tooLong(5000) })
  reason!: string;

  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  effectiveOn!: string;
}

export class PermitQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(PERMIT_STATUSES, { message: de.oneOf(PERMIT_STATUSES) })
  status?: PermitStatusValue;

  /** Issued permits that expire within N days. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(3650, { message: de.max(3650) })
  expiringWithinDays?: number;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(100, { message: de.tooLong(100) })
  q?: string;
}

export class ApplicationQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: de.oneOf(APPLICATION_STATUSES) })
  status?: ApplicationStatus;
}

/* ───────────── responses ───────────── */

export interface BlockingItemDto {
  type: string;
  label: string;
  personName: string | null;
  status: string;
  reason: string | null;
}

export interface SuitabilityCheckDto {
  id: string;
  kind: CheckKind;
  date: string;
  personsPresent: string[];
  roomsChecked: string[];
  findings: Record<Criterion, { rating: FindingRating; note?: string }>;
  notes: string | null;
  recommendation: Recommendation;
  recordedBy: string | null;
  recordedAt: string;
}

export interface PermitApplicationDto {
  id: string;
  childminderId: string;
  childminderName: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  requestedMaxChildren: number;
  note: string | null;
  submittedAt: string;
  /** Mandatory evidence that is missing or expired today: the decision is blocked while non-empty. */
  blocking: BlockingItemDto[];
  checks: SuitabilityCheckDto[];
  decision: Decision | null;
  refusalReason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  /** Set when the childminder withdrew the application (status `withdrawn`). */
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  permitId: string | null;
  version: number;
}

export interface PermitDto {
  id: string;
  childminderId: string;
  applicationId: string | null;
  number: string | null;
  status: PermitStatusValue;
  kind: ApplicationKind;
  holderName: string;
  careAddress: string;
  maxChildren: number;
  reasonForFewerChildren: string | null;
  rooms: string[];
  conditions: string[];
  validFrom: string;
  validUntil: string;
  decidedBy: string | null;
  /** Id of the deciding advisor (four eyes: the approver must be someone else). */
  decidedById: string | null;
  decidedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  issuedAt: string | null;
  revokedAt: string | null;
  /** Effective date of a revocation. */
  revokedOn: string | null;
  revokedReason: string | null;
  supersededById: string | null;
  replacesId: string | null;
  /** Rendered PDF (null until the worker has rendered it). */
  document: { id: string; sha256: string; sizeBytes: number; fileName: string } | null;
  version: number;
}
