import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TENANT_SLUG_PATTERN } from './public-office.dto';
import {
  CARE_LOCATION_TYPES,
  CHILDMINDER_SORT_KEYS,
  CHILDMINDER_STATUSES,
  QUALIFICATION_VARIANTS,
  SORT_ORDERS,
  type QualificationVariant,
  type CareLocationType,
  type ChildminderSortKey,
  type ChildminderStatus,
  type SortOrder,
} from './childminder-values';
import { de, PHONE_PATTERN, POSTCODE_PATTERN } from './messages';
import { IsNewPassword } from './auth.dto';
import { PageQueryDto } from './pagination';
import { IsNotLessThan, IsQuarterHour, IsTimeAfter, MaxLengthIfString, NoOverlappingTimes } from './validators';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/* ────────────────────────────── request bodies ────────────────────────────── */

/** A German postal address. Field errors read e.g. `address.postcode`. */
export class AddressDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  street!: string;

  /** Five digits. */
  @IsString({ message: de.text })
  @Matches(POSTCODE_PATTERN, { message: de.postcode })
  postcode!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  city!: string;
}

/** Where the children are cared for. Field errors read e.g. `careLocation.address.street`. */
export class CareLocationDto {
  @IsIn(CARE_LOCATION_TYPES, { message: de.oneOf(CARE_LOCATION_TYPES) })
  type!: CareLocationType;

  /** Name of the Großtagespflege site (required for `large_day_care`, ignored otherwise). */
  @ValidateIf((o: CareLocationDto) => o.type === 'large_day_care')
  @IsString({ message: de.siteNameRequired })
  @IsNotEmpty({ message: de.siteNameRequired })
  @MaxLengthIfString(200, { message: de.tooLong(200) })
  siteName?: string | null;

  /** Address of the rooms (required for `other_rooms` and `large_day_care`; ignored for `own_home`). */
  @ValidateIf((o: CareLocationDto) => o.type === 'other_rooms' || o.type === 'large_day_care')
  @IsDefined({ message: de.careAddressRequired })
  @IsObject({ message: de.careAddressRequired })
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto | null;
}

/** Ages accepted, in months (e.g. 4 to 36). */
export class AgeRangeDto {
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(168, { message: de.max(168) })
  fromMonths!: number;

  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(168, { message: de.max(168) })
  @IsNotLessThan('fromMonths', { message: de.ageOrder })
  toMonths!: number;
}

/** One weekly time offered, e.g. Monday 07:30–12:00. Field errors read `weeklyTimes.0.from`. */
export class WeeklyTimeDto {
  /** 1 = Monday … 7 = Sunday. */
  @IsInt({ message: de.weekday })
  @Min(1, { message: de.weekday })
  @Max(7, { message: de.weekday })
  weekday!: number;

  /** `HH:MM` on the quarter-hour grid. */
  @IsString({ message: de.time })
  @Matches(TIME_PATTERN, { message: de.time })
  @IsQuarterHour({ message: de.quarterHour })
  from!: string;

  /** `HH:MM` on the quarter-hour grid, after `from`. */
  @IsString({ message: de.time })
  @Matches(TIME_PATTERN, { message: de.time })
  @IsQuarterHour({ message: de.quarterHour })
  @IsTimeAfter('from', { message: de.timeOrder })
  to!: string;
}

/**
 * A weekly schedule field: a list of `WeeklyTimeDto` on the quarter-hour grid without overlaps, with
 * at least `min` (optional) and at most `max` entries. One decorator for every schedule in the
 * contracts (care requests, vacancies, proposals, placements, the childminder's offered times).
 */
export function WeeklySchedule(opts: { min?: number; max: number }): (target: object, key: string) => void {
  const decorators: Array<(target: object, key: string) => void> = [
    IsArray({ message: de.list }),
    ...(opts.min ? [ArrayMinSize(opts.min, { message: de.minItems(opts.min) })] : []),
    ArrayMaxSize(opts.max, { message: de.maxItems(opts.max) }),
    ValidateNested({ each: true }),
    Type(() => WeeklyTimeDto),
    NoOverlappingTimes({ message: de.timeOverlap }),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
}

/**
 * Profile details that describe the care offered. All optional: a prospective childminder may
 * complete them later. `null` clears a value (PATCH).
 */
export class ChildminderDetailsDto {
  @IsOptional()
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => CareLocationDto)
  careLocation?: CareLocationDto;

  /** Languages spoken with the children, e.g. ["Deutsch", "Türkisch"]. */
  @IsOptional()
  @IsArray({ message: de.list })
  @ArrayMaxSize(20, { message: de.maxItems(20) })
  @IsString({ each: true, message: de.text })
  @IsNotEmpty({ each: true, message: de.required })
  @MaxLength(50, { each: true, message: de.tooLong(50) })
  languages?: string[];

  /** Pets in the household, free text; `null` or empty = no pets. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(500, { message: de.tooLong(500) })
  pets?: string | null;

  @IsOptional()
  @IsBoolean({ message: de.boolean })
  smokingHousehold?: boolean;

  /** Meals and nutrition offered (e.g. "warmes Mittagessen, vegetarisch möglich"). */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  nutrition?: string | null;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(2000, { message: de.tooLong(2000) })
  pedagogicalFocus?: string | null;

  @IsOptional()
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => AgeRangeDto)
  agesAccepted?: AgeRangeDto | null;

  @IsOptional()
  @WeeklySchedule({ max: 35 })
  weeklyTimes?: WeeklyTimeDto[];

  /**
   * Names of the adults (18+) living in the household: each needs an extended certificate of
   * good conduct (§72a SGB VIII), so each gets a row in the checklist.
   */
  @IsOptional()
  @IsArray({ message: de.list })
  @ArrayMaxSize(10, { message: de.maxItems(10) })
  @IsString({ each: true, message: de.text })
  @IsNotEmpty({ each: true, message: de.required })
  @MaxLength(200, { each: true, message: de.tooLong(200) })
  adultHouseholdMembers?: string[];
}

/** Identity and contact: required when a file is created. */
export class ChildminderIdentityDto extends ChildminderDetailsDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  firstName!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  lastName!: string;

  /** ISO date; the person must be of age (checked by the server against today). */
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  dateOfBirth!: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string | null;

  /** Home address. */
  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => AddressDto)
  address!: AddressDto;

  /** One of the tenant's districts (GET /api/tenant, or without a session GET /api/public/office → districts). */
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  district!: string;
}

/**
 * Public self-registration of a prospective childminder (POST /api/childminders/registrations).
 * Creates the account (role childminder) and the file (status `interested`) and signs in.
 */
export class RegisterChildminderDto extends ChildminderIdentityDto {
  /** The youth welfare office, by its slug (Stadt Kamen: `kamen`). */
  @IsString({ message: de.text })
  @Matches(TENANT_SLUG_PATTERN, { message: 'Unbekanntes Jugendamt.' })
  tenantSlug!: string;

  /** Login e-mail and contact e-mail. */
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;

  @IsNewPassword()
  password!: string;

  /** Must be `true`: the person has read the privacy notice (Art. 13 DSGVO). */
  @Equals(true, { message: de.privacyNotice })
  privacyNoticeAccepted!: boolean;
}

/** An advisor opens a file for a person without an account (e.g. after a phone call). */
export class CreateChildminderDto extends ChildminderIdentityDto {
  /** Contact e-mail (receives reminders); optional for a file without account. */
  @IsOptional()
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email?: string | null;
}

/** PATCH of a profile (own or, for advisors, any of the tenant). Only the given fields change. */
export class UpdateChildminderProfileDto extends ChildminderDetailsDto {
  @IsOptional()
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  firstName?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  lastName?: string;

  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  dateOfBirth?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string | null;

  /** Contact e-mail. For a file with an account it is also the login e-mail (must stay unique). */
  @IsOptional()
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email?: string;

  @IsOptional()
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;

  @IsOptional()
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  district?: string;

  /** The version last read (required): a stale version gives 409 and changes nothing. */
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

/** A status change by the advisory service (POST /api/childminders/:id/transitions). */
/** PUT /api/childminders/:id/qualification-variant (advisors): the variant that applies to her, with the reason. */
export class SetQualificationVariantDto {
  @IsIn(QUALIFICATION_VARIANTS, { message: de.oneOf(QUALIFICATION_VARIANTS) })
  variant!: QualificationVariant;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.reasonRequired })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason!: string;
}

export class TransitionChildminderDto {
  @IsIn(CHILDMINDER_STATUSES, { message: de.oneOf(CHILDMINDER_STATUSES) })
  to!: ChildminderStatus;

  /** Why (shown on the timeline), e.g. "Infoabend besucht" or "hat sich gegen die Tätigkeit entschieden". */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  note?: string;

  /** The profile version last read; a stale version gives 409. */
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** GET /api/childminders: search, filters, sort and page. */
export class ChildmindersQueryDto extends PageQueryDto {
  /** Part of first name, last name or e-mail (case-insensitive). */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(100, { message: de.tooLong(100) })
  q?: string;

  @IsOptional()
  @IsIn(CHILDMINDER_STATUSES, { message: de.oneOf(CHILDMINDER_STATUSES) })
  status?: ChildminderStatus;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(100, { message: de.tooLong(100) })
  district?: string;

  /** Only files with a current item that is still valid but expires within this many days. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(3650, { message: de.max(3650) })
  expiringWithinDays?: number;

  /** `true`: only files where a mandatory item is missing, not acceptable or expired. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: de.boolean })
  missingEvidence?: boolean;

  /** Default `name`. `nextExpiry` = earliest expiry of the current items (expired first). */
  @IsOptional()
  @IsIn(CHILDMINDER_SORT_KEYS, { message: de.oneOf(CHILDMINDER_SORT_KEYS) })
  sort?: ChildminderSortKey;

  /** Default `asc`. */
  @IsOptional()
  @IsIn(SORT_ORDERS, { message: de.oneOf(SORT_ORDERS) })
  order?: SortOrder;
}

/* ────────────────────────────── responses ────────────────────────────── */

export interface AddressView {
  street: string;
  postcode: string;
  city: string;
}

export interface WeeklyTimeView {
  weekday: number;
  from: string;
  to: string;
}

/** The childminder's file (profile). `version` goes back with PATCH and transitions. */
export interface ChildminderProfileDto {
  id: string;
  /** The account, when the person registered (or was invited); null for a file kept by the office only. */
  userId: string | null;
  status: ChildminderStatus;
  statusChangedAt: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  address: AddressView;
  district: string;
  careLocation: { type: CareLocationType; siteName: string | null; address: AddressView | null };
  languages: string[];
  pets: string | null;
  smokingHousehold: boolean;
  nutrition: string | null;
  pedagogicalFocus: string | null;
  agesAccepted: { fromMonths: number; toMonths: number } | null;
  weeklyTimes: WeeklyTimeView[];
  adultHouseholdMembers: string[];
  /** Which qualification applies to her (issue 11): standard QHB unless an advisor recorded another, with the reason. */
  qualification?: { variant: QualificationVariant; reason: string | null; setAt: string | null };
  /** Earliest expiry of the current evidence (may lie in the past), null when nothing expires. */
  nextExpiry: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One row of the advisor list. */
export interface ChildminderListItemDto {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  district: string;
  status: ChildminderStatus;
  careLocationType: CareLocationType;
  nextExpiry: string | null;
  /** Counts over the checklist on today's date (office time zone). */
  evidence: { expiring: number; expired: number; missing: number };
  createdAt: string;
}

export interface NextStepDto {
  /** Stable key for the client's translations, e.g. `evidence.first_aid`, `status.apply`. */
  code: string;
  /** German text. */
  text: string;
  /** The evidence type the step is about, if any. */
  evidenceType: string | null;
}

/** Where the childminder stands on the way to the permit and what is next. */
export interface PermitPathDto {
  childminderId: string;
  status: ChildminderStatus;
  statusLabel: string;
  /** The statuses the advisory service may move the file to now. */
  nextStatuses: ChildminderStatus[];
  /** True when every mandatory item is valid (or expiring): a permit could be issued. */
  evidenceComplete: boolean;
  steps: NextStepDto[];
}
