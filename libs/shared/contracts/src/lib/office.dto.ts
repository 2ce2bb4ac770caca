import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { de, PHONE_PATTERN, POSTCODE_PATTERN } from './messages';
import { TENANT_SLUG_PATTERN, type PrivacyNoticeDto } from './public-office.dto';
import type { TenantDto } from './tenant.dto';
import { IsTimeAfter, MaxLengthIfString, NoOverlappingTimes } from './validators';
import { FEDERAL_STATES, OFFICE_DATA_LIMITS, type FederalState } from './office-values';

export { FEDERAL_STATES, OFFICE_DATA_LIMITS, type FederalState };

/**
 * The office's own data ("Amtsdaten", issue 9): contact with consultation hours, districts and the
 * privacy notice (`tenant.settings.office`, `.districts`, `.privacy`). One owner per field: this page
 * and PUT /api/admin/office; the permit settings page only shows the letterhead it prints.
 */

const NON_BLANK = /\S/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A district name: letters, digits, spaces, hyphens, dots, slashes, apostrophes; 1–60 characters. */
const DISTRICT_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} .'/()-]{0,59}$/u;

export const officeMessages = {
  district: 'Bitte einen Stadtteil mit Buchstaben oder Ziffern angeben (höchstens 60 Zeichen).',
  slugTaken: 'Dieses Kürzel ist bereits vergeben.',
  emailTaken: 'Zu dieser E-Mail-Adresse besteht bereits ein Konto.',
  slug: 'Bitte Kleinbuchstaben, Ziffern und „-“ angeben (z. B. unna).',
} as const;

/** One consultation hour (offene Sprechzeit), e.g. Monday 10:00–12:00. Errors read `office.openingHours.0.to`. */
export class ConsultationHourDto {
  /** 1 = Monday … 7 = Sunday. */
  @IsInt({ message: de.weekday })
  @Min(1, { message: de.weekday })
  @Max(7, { message: de.weekday })
  weekday!: number;

  @IsString({ message: de.time })
  @Matches(TIME_PATTERN, { message: de.time })
  from!: string;

  @IsString({ message: de.time })
  @Matches(TIME_PATTERN, { message: de.time })
  @IsTimeAfter('from', { message: de.timeOrder })
  to!: string;
}

/** `settings.office`: the contact data on letters, mails and the public page. */
export class OfficeContactDto implements Required<Omit<TenantDto['office'], 'accessNote'>> {
  /** The service, e.g. "Familienbüro der Stadt Kamen – Fachberatung Kindertagespflege". */
  @IsString({ message: de.text })
  @Matches(NON_BLANK, { message: de.required })
  @MaxLengthIfString(200, { message: de.tooLong(200) })
  name!: string;

  @IsString({ message: de.text })
  @Matches(NON_BLANK, { message: de.required })
  @MaxLengthIfString(200, { message: de.tooLong(200) })
  street!: string;

  @IsString({ message: de.text })
  @Matches(POSTCODE_PATTERN, { message: de.postcode })
  postcode!: string;

  @IsString({ message: de.text })
  @Matches(NON_BLANK, { message: de.required })
  @MaxLengthIfString(100, { message: de.tooLong(100) })
  city!: string;

  @IsString({ message: de.text })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone!: string;

  @IsEmail({}, { message: de.email })
  @MaxLengthIfString(254, { message: de.tooLong(254) })
  email!: string;

  /** Open consultation hours; no two on one weekday overlap. Empty: by appointment only. */
  @IsArray({ message: de.list })
  @ArrayMaxSize(OFFICE_DATA_LIMITS.consultationHours, { message: de.maxItems(OFFICE_DATA_LIMITS.consultationHours) })
  @NoOverlappingTimes({ message: de.timeOverlap })
  @ValidateNested({ each: true })
  @Type(() => ConsultationHourDto)
  openingHours!: ConsultationHourDto[];

  /** Where the office is and how to get an appointment outside the hours. */
  @IsString({ message: de.text })
  @MaxLengthIfString(OFFICE_DATA_LIMITS.noteLength, { message: de.tooLong(OFFICE_DATA_LIMITS.noteLength) })
  byAppointmentNote!: string;

  /** Step-free access, e.g. "Barrierefreier Zugang über den Hintereingang (Klingel)". Optional. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLengthIfString(500, { message: de.tooLong(500) })
  accessNote?: string;
}

/** The districts (Stadtteile) files and requests are assigned to: 1–60 different names. */
export const Districts = () =>
  ((target: object, propertyName: string) => {
    for (const d of [
      IsArray({ message: de.list }),
      ArrayMinSize(1, { message: de.minItems(1) }),
      ArrayMaxSize(OFFICE_DATA_LIMITS.districts, { message: de.maxItems(OFFICE_DATA_LIMITS.districts) }),
      ArrayUnique((d: unknown) => (typeof d === 'string' ? d.trim().toLowerCase() : d), { message: de.distinct }),
      IsString({ each: true, message: de.text }),
      Matches(DISTRICT_PATTERN, { each: true, message: officeMessages.district }),
    ])
      d(target, propertyName);
  }) as PropertyDecorator;

/**
 * `settings.privacy`: the office's privacy notice (Art. 13 DSGVO). Empty texts or lists fall back
 * to the SGB VIII defaults and the office data (controller, data protection officer).
 */
export class PrivacyNoticeSettingsDto implements PrivacyNoticeDto {
  @IsString({ message: de.text })
  @MaxLengthIfString(OFFICE_DATA_LIMITS.noteLength, { message: de.tooLong(OFFICE_DATA_LIMITS.noteLength) })
  controller!: string;

  @IsString({ message: de.text })
  @MaxLengthIfString(OFFICE_DATA_LIMITS.noteLength, { message: de.tooLong(OFFICE_DATA_LIMITS.noteLength) })
  dataProtectionOfficer!: string;

  @IsArray({ message: de.list })
  @ArrayMaxSize(OFFICE_DATA_LIMITS.privacyLines, { message: de.maxItems(OFFICE_DATA_LIMITS.privacyLines) })
  @IsString({ each: true, message: de.text })
  @Matches(NON_BLANK, { each: true, message: de.required })
  @MaxLengthIfString(OFFICE_DATA_LIMITS.noteLength, { each: true, message: de.tooLong(OFFICE_DATA_LIMITS.noteLength) })
  purposes!: string[];

  @IsString({ message: de.text })
  @MaxLengthIfString(4000, { message: de.tooLong(4000) })
  legalBasis!: string;

  @IsString({ message: de.text })
  @MaxLengthIfString(4000, { message: de.tooLong(4000) })
  retention!: string;

  @IsArray({ message: de.list })
  @ArrayMaxSize(OFFICE_DATA_LIMITS.privacyLines, { message: de.maxItems(OFFICE_DATA_LIMITS.privacyLines) })
  @IsString({ each: true, message: de.text })
  @Matches(NON_BLANK, { each: true, message: de.required })
  @MaxLengthIfString(OFFICE_DATA_LIMITS.noteLength, { each: true, message: de.tooLong(OFFICE_DATA_LIMITS.noteLength) })
  rights!: string[];
}

/** PUT /api/admin/office (admins): replaces contact, districts and privacy notice; stale `version` → 409. */
export class UpdateOfficeDataDto {
  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => OfficeContactDto)
  office!: OfficeContactDto;

  @Districts()
  districts!: string[];

  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => PrivacyNoticeSettingsDto)
  privacy!: PrivacyNoticeSettingsDto;

  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

/** GET /api/admin/office: the stored values, the privacy notice in force, the version to send back. */
export interface OfficeDataDto {
  name: string;
  slug: string;
  state: string;
  office: TenantDto['office'];
  districts: string[];
  /** As stored (empty = default text). */
  privacy: PrivacyNoticeDto;
  /** What the public reads: stored values with the defaults filled in. */
  privacyInForce: PrivacyNoticeDto;
  version: number;
  updatedAt: string;
}

/** The first admin of a new office: invited by mail to set a password. */
export class OfficeAdminDto {
  @IsString({ message: de.text })
  @Matches(NON_BLANK, { message: de.required })
  @MaxLengthIfString(100, { message: de.tooLong(100) })
  firstName!: string;

  @IsString({ message: de.text })
  @Matches(NON_BLANK, { message: de.required })
  @MaxLengthIfString(100, { message: de.tooLong(100) })
  lastName!: string;

  @IsEmail({}, { message: de.email })
  @MaxLengthIfString(254, { message: de.tooLong(254) })
  email!: string;
}

/** The contact of a new office: all optional but the format is checked; the admin completes it on "Amtsdaten". */
export class NewOfficeContactDto {
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLengthIfString(200, { message: de.tooLong(200) })
  name?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLengthIfString(200, { message: de.tooLong(200) })
  street?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(/^([0-9]{5})?$/, { message: de.postcode })
  postcode?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLengthIfString(100, { message: de.tooLong(100) })
  city?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(/^(\+?[0-9][0-9 /()-]{4,24})?$/, { message: de.phone })
  phone?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, { message: de.email })
  @MaxLengthIfString(254, { message: de.tooLong(254) })
  email?: string;
}

/**
 * POST /api/operator/offices (operator) and `cli.js create-office`: a new office and its first
 * admin. A taken slug → 409 with `errors[].field = 'slug'`, a taken admin e-mail → 409 on `admin.email`.
 */
export class CreateOfficeDto {
  /** The authority, e.g. "Stadt Unna". */
  @IsString({ message: de.text })
  @Matches(NON_BLANK, { message: de.required })
  @MaxLengthIfString(200, { message: de.tooLong(200) })
  name!: string;

  @IsString({ message: de.text })
  @Matches(TENANT_SLUG_PATTERN, { message: officeMessages.slug })
  slug!: string;

  @IsIn(FEDERAL_STATES, { message: de.oneOf(FEDERAL_STATES) })
  state!: FederalState;

  @Districts()
  districts!: string[];

  @IsOptional()
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => NewOfficeContactDto)
  office?: NewOfficeContactDto;

  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => OfficeAdminDto)
  admin!: OfficeAdminDto;
}

/** POST /api/operator/offices answers with the new office; the invitation goes out through the outbox. */
export interface CreatedOfficeDto {
  tenantId: string;
  adminId: string;
  slug: string;
}

/** GET /api/operator/offices: every office of the installation, no personal data but the admin count. */
export interface OfficeSummaryDto {
  id: string;
  name: string;
  slug: string;
  state: string;
  districts: string[];
  admins: number;
  createdAt: string;
}
