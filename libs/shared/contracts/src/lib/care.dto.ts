import { Type } from 'class-transformer';
import {
  Equals,
  IsEmail,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CARE_REQUEST_SORT_KEYS,
  CARE_REQUEST_STATUSES,
  MATCHING_TIE_BREAKS,
  MAX_DISTANCE_KM,
  MEASLES_PROOF_STATUSES,
  PROPOSAL_ANSWERS,
  SETTLING_IN_WEEKS,
  type CareRequestSortKey,
  type CareRequestStatus,
  type MatchingTieBreak,
  type MeaslesProofStatus,
  type PlacementState,
  type ProposalAnswer,
  type ProposalStatus,
  type VacancyState,
} from './care-values';
import { AddressDto, AgeRangeDto, WeeklySchedule, WeeklyTimeDto, type WeeklyTimeView } from './childminder.dto';
import { SORT_ORDERS, type SortOrder } from './childminder-values';
import { IsNewPassword } from './auth.dto';
import { de, PHONE_PATTERN } from './messages';
import { TENANT_SLUG_PATTERN } from './public-office.dto';
import { PageQueryDto } from './pagination';

const isoDate = { strict: true, strictSeparator: true } as const;

class VersionedDto {
  /** `version` from the last read: a stale one (changed meanwhile) answers 409. */
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

/* ─────────────────────────── care requests (parents) ─────────────────────────── */

export class CareNeedsDto {
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(2000, { message: de.tooLong(2000) })
  specialNeeds?: string | null;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(500, { message: de.tooLong(500) })
  allergies?: string | null;

  /** Allergic to animals: childminders with pets are excluded. */
  @IsBoolean({ message: de.boolean })
  animalAllergy!: boolean;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(200, { message: de.tooLong(200) })
  nutrition?: string | null;

  /** Languages spoken at home, e.g. ["Deutsch", "Türkisch"]. */
  @IsArray({ message: de.list })
  @ArrayMaxSize(10, { message: de.maxItems(10) })
  @IsString({ each: true, message: de.text })
  @MaxLength(40, { each: true, message: de.tooLong(40) })
  languages!: string[];
}

export class CareWishesDto {
  @IsBoolean({ message: de.boolean })
  noSmokingHousehold!: boolean;

  /** Pets at the childminder's are fine. */
  @IsBoolean({ message: de.boolean })
  petsOk!: boolean;

  /** A sibling should go to the same childminder. */
  @IsBoolean({ message: de.boolean })
  siblingsTogether!: boolean;

  /** A childminder the parents would like (must be one of the office's). */
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: de.uuid })
  preferredChildminderId?: string | null;
}

/** What a request says about the care wanted (shared by create and change). */
export class CareRequestDetailsDto {
  /** Desired start of care (not in the past). */
  @IsISO8601(isoDate, { message: de.date })
  desiredStart!: string;

  /** Weekly care times on the quarter-hour grid, no overlaps. Errors read `schedule.0.from`. */
  @WeeklySchedule({ min: 1, max: 21 })
  schedule!: WeeklyTimeDto[];

  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => AddressDto)
  address!: AddressDto;

  /** One of the office's districts. */
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  district!: string;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(MAX_DISTANCE_KM.min, { message: de.min(MAX_DISTANCE_KM.min) })
  @Max(MAX_DISTANCE_KM.max, { message: de.max(MAX_DISTANCE_KM.max) })
  maxDistanceKm!: number;

  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => CareNeedsDto)
  needs!: CareNeedsDto;

  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => CareWishesDto)
  wishes!: CareWishesDto;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(2000, { message: de.tooLong(2000) })
  notes?: string | null;
}

/** A parent (for her own child) or an advisor (on a parent's behalf: phone, walk-in) submits a request. */
export class CreateCareRequestDto extends CareRequestDetailsDto {
  @IsUUID('all', { message: de.uuid })
  childId!: string;
}

/** The parent or the advisor changes an open request. */
export class UpdateCareRequestDto extends CareRequestDetailsDto {
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

export class WithdrawCareRequestDto extends VersionedDto {
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason?: string;
}

/** The advisor closes a request (e.g. the family found a Kita place). */
export class CloseCareRequestDto extends VersionedDto {
  @IsString({ message: de.reasonRequired })
  @IsNotEmpty({ message: de.reasonRequired })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason!: string;
}

export class ReviewCareRequestDto extends VersionedDto {}

export class CareRequestsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(CARE_REQUEST_STATUSES, { each: true, message: de.oneOf(CARE_REQUEST_STATUSES) })
  status?: CareRequestStatus | CareRequestStatus[];

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(100, { message: de.tooLong(100) })
  district?: string;

  /** Age at the desired start, in months. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(168, { message: de.max(168) })
  ageFromMonths?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(168, { message: de.max(168) })
  ageToMonths?: number;

  /** Desired start in this month, `YYYY-MM`. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Bitte einen Monat im Format JJJJ-MM angeben.' })
  startMonth?: string;

  /** Legal entitlement (§24 SGB VIII: age ≥ 1 at the start). */
  @IsOptional()
  @IsIn(['true', 'false'], { message: de.boolean })
  entitled?: 'true' | 'false';

  @IsOptional()
  @IsIn(CARE_REQUEST_SORT_KEYS, { message: de.oneOf(CARE_REQUEST_SORT_KEYS) })
  sort?: CareRequestSortKey;

  @IsOptional()
  @IsIn(SORT_ORDERS, { message: de.oneOf(SORT_ORDERS) })
  order?: SortOrder;
}

export interface CareNeedsView {
  specialNeeds: string | null;
  allergies: string | null;
  animalAllergy: boolean;
  nutrition: string | null;
  languages: string[];
}

export interface CareWishesView {
  noSmokingHousehold: boolean;
  petsOk: boolean;
  siblingsTogether: boolean;
  preferredChildminderId: string | null;
}

export interface CareRequestDto {
  id: string;
  childId: string;
  child: { firstName: string; lastName: string; dateOfBirth: string };
  parentId: string;
  parentName: string;
  status: CareRequestStatus;
  desiredStart: string;
  schedule: WeeklyTimeView[];
  /** Hours per week requested. */
  weeklyHours: number;
  address: { street: string; postcode: string; city: string };
  district: string;
  maxDistanceKm: number;
  needs: CareNeedsView;
  wishes: CareWishesView;
  notes: string | null;
  /** Age at the desired start, in whole months. */
  ageAtStartMonths: number;
  /** Legal entitlement (age ≥ 1 at the desired start, §24 SGB VIII). */
  entitled: boolean;
  submittedAt: string;
  /** Entered by an advisor on the parent's behalf. */
  enteredByStaff: boolean;
  closedAt: string | null;
  closedReason: string | null;
  version: number;
}

/* ─────────────────────────── children: measles proof ─────────────────────────── */

/** Parents declare (or take back) the proof; staff record it as seen (with the date seen). */
export class UpdateMeaslesProofDto extends VersionedDto {
  @IsIn(MEASLES_PROOF_STATUSES, { message: de.oneOf(MEASLES_PROOF_STATUSES) })
  status!: MeaslesProofStatus;
}

/* ─────────────────────────── vacancies (childminders) ─────────────────────────── */

export class VacancyDetailsDto {
  /** Free from this date (not in the past). */
  @IsISO8601(isoDate, { message: de.date })
  fromDate!: string;

  @WeeklySchedule({ min: 1, max: 21 })
  schedule!: WeeklyTimeDto[];

  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => AgeRangeDto)
  ages!: AgeRangeDto;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(5, { message: de.max(5) })
  places!: number;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  note?: string | null;
}

export class CreateVacancyDto extends VacancyDetailsDto {}

export class UpdateVacancyDto extends VacancyDetailsDto {
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

export class ConfirmVacancyDto extends VersionedDto {}

export interface VacancyDto {
  id: string;
  childminderId: string;
  childminderName: string;
  district: string;
  fromDate: string;
  schedule: WeeklyTimeView[];
  ages: { fromMonths: number; toMonths: number };
  places: number;
  note: string | null;
  state: VacancyState;
  confirmedAt: string;
  version: number;
}

/* ─────────────────────────── proposals ─────────────────────────── */

/** The advisor proposes a childminder for a request. Start and schedule default to the request's. */
export class CreateProposalDto {
  @IsUUID('all', { message: de.uuid })
  childminderId!: string;

  @IsOptional()
  @IsISO8601(isoDate, { message: de.date })
  startOn?: string;

  @IsOptional()
  @WeeklySchedule({ min: 1, max: 21 })
  schedule?: WeeklyTimeDto[];

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(SETTLING_IN_WEEKS.min, { message: de.min(SETTLING_IN_WEEKS.min) })
  @Max(SETTLING_IN_WEEKS.max, { message: de.max(SETTLING_IN_WEEKS.max) })
  settlingInWeeks?: number;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  note?: string | null;

  /** The request's version from the last read (409 when it changed meanwhile). */
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  requestVersion!: number;
}

/** Parent or childminder answers after the getting-to-know meeting; a decline needs a reason. */
export class AnswerProposalDto extends VersionedDto {
  @IsIn(PROPOSAL_ANSWERS, { message: de.oneOf(PROPOSAL_ANSWERS) })
  answer!: ProposalAnswer;

  @ValidateIf((o: AnswerProposalDto) => o.answer === 'decline')
  @IsString({ message: de.reasonRequired })
  @IsNotEmpty({ message: de.reasonRequired })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason?: string;
}

export class WithdrawProposalDto extends VersionedDto {
  @IsString({ message: de.reasonRequired })
  @IsNotEmpty({ message: de.reasonRequired })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason!: string;
}

export interface ProposalSideAnswer {
  answer: ProposalAnswer | null;
  reason: string | null;
  answeredAt: string | null;
}

/**
 * A proposal as its reader may see it. The childminder sees only what she needs before both
 * accepted (child's first name, age, schedule, needs, district); the family's address and last
 * name appear once the placement exists.
 */
export interface ProposalDto {
  id: string;
  careRequestId: string;
  childminderId: string;
  childminder: { name: string; district: string; languages: string[]; pets: string | null; smokingHousehold: boolean };
  child: { firstName: string; lastName: string | null; ageAtStartMonths: number };
  family: { district: string; address: { street: string; postcode: string; city: string } | null; parentName: string | null };
  needs: CareNeedsView;
  startOn: string;
  schedule: WeeklyTimeView[];
  weeklyHours: number;
  settlingInWeeks: number;
  note: string | null;
  status: ProposalStatus;
  parent: ProposalSideAnswer;
  childminderAnswer: ProposalSideAnswer;
  placementId: string | null;
  createdAt: string;
  version: number;
}

/* ─────────────────────────── placements ─────────────────────────── */

/** The advisor changes a placement's schedule or end; the capacity check runs again. */
export class UpdatePlacementDto extends VersionedDto {
  @IsOptional()
  @WeeklySchedule({ min: 1, max: 21 })
  schedule?: WeeklyTimeDto[];

  /** From when the new schedule applies (default: the start, or today for a running placement). */
  @IsOptional()
  @IsISO8601(isoDate, { message: de.date })
  changeFrom?: string;

  /** New planned last day (e.g. after a permit renewal); not past the permit's end. */
  @IsOptional()
  @IsISO8601(isoDate, { message: de.date })
  plannedEndOn?: string;
}

export class EndPlacementDto extends VersionedDto {
  /** Last day of care. */
  @IsISO8601(isoDate, { message: de.date })
  endOn!: string;

  @IsString({ message: de.reasonRequired })
  @IsNotEmpty({ message: de.reasonRequired })
  @MaxLength(1000, { message: de.tooLong(1000) })
  reason!: string;
}

export class PlacementsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  childminderId?: string;

  /** Only placements running on or after today (default true). */
  @IsOptional()
  @IsIn(['true', 'false'], { message: de.boolean })
  current?: 'true' | 'false';
}

export interface PlacementDto {
  id: string;
  childId: string;
  child: { firstName: string; lastName: string; dateOfBirth: string; measlesProof: MeaslesProofStatus };
  childminderId: string;
  childminderName: string;
  careRequestId: string | null;
  startOn: string;
  settlingInUntil: string;
  endOn: string | null;
  endReason: string | null;
  schedule: WeeklyTimeView[];
  weeklyHours: number;
  state: PlacementState;
  createdAt: string;
  version: number;
}

/** Present children per 15-minute slot on one date against the permit's limit (the childminder's week picture). */
export interface WeekGridDto {
  date: string;
  /** Index (weekday − 1) · 96 + quarter hour of the day. */
  present: number[];
  maxPresent: number | null;
  contracts: number;
  maxContracts: number;
  site: { present: number[]; maxPresent: number; contracts: number } | null;
}

/** A capacity refusal's details (422/409 `errors[].field = 'capacity'`). */
export interface CapacityProblemDto {
  rule: string;
  message: string;
}

/* ─────────────────────────── office capacity limits (admin) ─────────────────────────── */

/**
 * The office's capacity limits (tenant settings), within the legal maxima of NRW (KiBiz §22):
 * present children ≤ 5, contracts ≤ 10, Großtagespflege ≤ 9 present, ≤ 3 childminders, ≤ 15 contracts.
 */
export class UpdateCapacitySettingsDto extends VersionedDto {
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(5, { message: de.max(5) })
  maxPresent!: number;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(10, { message: de.max(10) })
  maxContracts!: number;

  @IsBoolean({ message: de.boolean })
  ownChildrenCount!: boolean;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(9, { message: de.max(9) })
  siteMaxPresent!: number;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(3, { message: de.max(3) })
  siteMaxChildminders!: number;

  /** null = no cap on the site's contracts. */
  @ValidateIf((_o, v) => v !== null)
  @Type(() => Number)
  @IsInt({ message: de.nullableInt })
  @Min(1, { message: de.min(1) })
  @Max(15, { message: de.max(15) })
  siteMaxContracts!: number | null;
}

export interface CapacitySettingsDto {
  maxPresent: number;
  maxContracts: number;
  ownChildrenCount: boolean;
  siteMaxPresent: number;
  siteMaxChildminders: number;
  siteMaxContracts: number | null;
  /** The legal maxima (NRW, KiBiz §22) the values must stay within. */
  legalMaxima: { maxPresent: number; maxContracts: number; siteMaxPresent: number; siteMaxChildminders: number; siteMaxContracts: number };
  /** The tenant row's version (409 when stale). */
  version: number;
}

/* ─────────────────────────── parents' self-registration ─────────────────────────── */

/**
 * Public self-registration of a parent (POST /api/parents/registrations): always 202 with the same
 * message; the account can sign in after confirming its e-mail. Children are added afterwards.
 */
export class RegisterParentDto {
  /** The youth welfare office, by its slug (Stadt Kamen: `kamen`). */
  @IsString({ message: de.text })
  @Matches(TENANT_SLUG_PATTERN, { message: 'Unbekanntes Jugendamt.' })
  tenantSlug!: string;

  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;

  @IsNewPassword()
  password!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  firstName!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  lastName!: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string | null;

  /** Must be `true`: the parent has read the privacy notice (Art. 13 DSGVO). */
  @Equals(true, { message: de.privacyNotice })
  privacyNoticeAccepted!: boolean;
}

/* ─────────────────────────── matching (suggestions, batch runs) ─────────────────────────── */

/**
 * A matching reason as data: `code` names the sentence (web: Transloco key `matching.reason.<code>`),
 * `params` fill it (`date` ISO, `slot` "day|HH:MM|HH:MM" with day 0 = Monday, `slots` several joined by ",";
 * docs/matching.md). The German text stays next to it.
 */
export interface ReasonCodeDto {
  code: string;
  params: Record<string, string | number>;
}

export interface ScorePointDto {
  points: number;
  /** German text */
  reason: string;
  /** absent in runs stored before reasons had codes */
  code?: string;
  params?: Record<string, string | number>;
}

/** "Why this suggestion": a childminder passing every hard rule, with each point of her score explained. */
export interface SuggestionDto {
  childminderId: string;
  childminderName: string;
  district: string;
  score: number;
  distanceKm: number;
  reasons: ScorePointDto[];
}

/** "Why not": a childminder close to the request, with every hard rule she fails. */
export interface NearMissDto {
  childminderId: string;
  childminderName: string;
  distanceKm: number;
  /** German texts */
  reasons: string[];
  /** the same reasons as codes with parameters, in the same order */
  codes: ReasonCodeDto[];
}

export interface SuggestionsDto {
  careRequestId: string;
  suggestions: SuggestionDto[];
  nearMisses: NearMissDto[];
  /** Why the request itself could not be placed on the map, if so. */
  problem: string | null;
}

export class StartMatchingRunDto {
  /** Seed of the lottery that breaks ties (recorded with the run); default: a random one. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(0, { message: de.min(0) })
  @Max(2_147_483_647, { message: de.max(2_147_483_647) })
  seed?: number;
}

export class SendRunProposalsDto {
  /** The requests whose assignment becomes a proposal (the advisor's selection). */
  @IsArray({ message: de.list })
  @ArrayMinSize(1, { message: de.minItems(1) })
  @ArrayMaxSize(500, { message: de.maxItems(500) })
  @IsUUID('all', { each: true, message: de.uuid })
  careRequestIds!: string[];
}

export interface MatchingRunRowDto {
  careRequestId: string;
  child: { firstName: string; lastName: string; ageAtStartMonths: number };
  entitled: boolean;
  submittedAt: string;
  /** Position in the office's priority order (1 = first). */
  priority: number;
  childminderId: string | null;
  childminderName: string | null;
  score: number | null;
  distanceKm: number | null;
  reasons: ScorePointDto[];
  /** Unplaced: why (German). */
  unplacedReason: string | null;
  /** Unplaced: the reason's code (NO_CHILDMINDER_IN_REACH, NO_ELIGIBLE_CHILDMINDER, NO_CAPACITY) and parameters, for translations. */
  unplacedCode: string | null;
  unplacedParams: Record<string, string | number> | null;
  /** A proposal sent from this run, if any. */
  proposalId: string | null;
}

export interface MatchingRunDto {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  seed: number;
  priorityOrder: string;
  requestedBy: string;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  summary: {
    requests: number;
    placed: number;
    entitledRequests: number;
    entitledPlaced: number;
    upperBound: number;
    gap: number;
    millis: number;
    skipped: number;
  } | null;
  rows: MatchingRunRowDto[];
}

export interface SendRunProposalsResultDto {
  results: Array<{ careRequestId: string; status: number; proposalId: string | null; message: string | null }>;
}

/** The office's priority order for matching: its last tie-break (admin). */
export class UpdateMatchingSettingsDto extends VersionedDto {
  @IsIn(MATCHING_TIE_BREAKS, { message: de.oneOf(MATCHING_TIE_BREAKS) })
  tieBreak!: MatchingTieBreak;
}

export interface MatchingSettingsDto {
  tieBreak: MatchingTieBreak;
  /** The whole priority order in words, as every batch result states it. */
  priorityOrder: string;
  version: number;
}
