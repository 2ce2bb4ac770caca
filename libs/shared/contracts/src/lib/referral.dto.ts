import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { de, PHONE_PATTERN } from './messages';

/* ─────────────────────────── referral guide ("Lotse", issue 14) ─────────────────────────── */

/** Kinds of partner services the Familienbüro refers families to. */
export const PARTNER_CATEGORIES = ['educational_counselling', 'kita_family_centre', 'school_ogs', 'youth_work', 'midwife', 'refugee_counselling', 'other'] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

/** Fixed topics of a referral (labels in the `referrals` i18n scope). No free text on purpose. */
export const REFERRAL_TOPICS = ['parenting', 'childcare_place', 'birth_baby', 'school', 'financial_help', 'migration', 'health', 'other'] as const;
export type ReferralTopic = (typeof REFERRAL_TOPICS)[number];

/** German labels for the API's CSV export (the web client translates by key). */
export const PARTNER_CATEGORY_LABELS_DE: Record<PartnerCategory, string> = {
  educational_counselling: 'Erziehungsberatung',
  kita_family_centre: 'Kita / Familienzentrum',
  school_ogs: 'Schule / OGS',
  youth_work: 'Jugendarbeit',
  midwife: 'Hebamme / Familienhebamme',
  refugee_counselling: 'Flüchtlingsberatung',
  other: 'Sonstige',
};
export const REFERRAL_TOPIC_LABELS_DE: Record<ReferralTopic, string> = {
  parenting: 'Erziehungsfragen',
  childcare_place: 'Betreuungsplatz',
  birth_baby: 'Geburt / Baby',
  school: 'Schule',
  financial_help: 'Finanzielle Hilfen / BuT',
  migration: 'Flucht / Migration',
  health: 'Gesundheit',
  other: 'Sonstiges',
};

/** `YYYY-MM`: a calendar month (the finest time unit of the demand figures). */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Longest range of the demand figures, in months. */
export const MAX_FIGURE_MONTHS = 36;

export interface PartnerServiceDto {
  id: string;
  name: string;
  category: PartnerCategory;
  offer: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  active: boolean;
  version: number;
  updatedAt: string;
}

/** The public directory (`/wegweiser`): active partners only, nothing about the office's staff. */
export type PublicPartnerServiceDto = Omit<PartnerServiceDto, 'active' | 'version' | 'updatedAt'>;

export class PartnerServiceDetailsDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(120, { message: de.tooLong(120) })
  name!: string;

  @IsIn(PARTNER_CATEGORIES, { message: de.oneOf(PARTNER_CATEGORIES) })
  category!: PartnerCategory;

  /** What they offer, in a few sentences. */
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(2000, { message: de.tooLong(2000) })
  offer!: string;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(200, { message: de.tooLong(200) })
  address?: string | null;

  @IsOptional()
  @ValidateIf((_o, v) => v !== '')
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string | null;

  @IsOptional()
  @ValidateIf((_o, v) => v !== '')
  @IsEmail({}, { message: de.email })
  @MaxLength(200, { message: de.tooLong(200) })
  email?: string | null;

  @IsOptional()
  @ValidateIf((_o, v) => v !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Bitte eine Internetadresse mit https:// angeben.' })
  @MaxLength(300, { message: de.tooLong(300) })
  website?: string | null;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(500, { message: de.tooLong(500) })
  openingHours?: string | null;
}

export class CreatePartnerServiceDto extends PartnerServiceDetailsDto {}

export class UpdatePartnerServiceDto extends PartnerServiceDetailsDto {
  /** Deactivated partners leave the directory and the public page; their figures stay. */
  @IsBoolean({ message: de.boolean })
  active!: boolean;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

export class PartnerServicesQueryDto {
  /** Searches name, offer and address. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(100, { message: de.tooLong(100) })
  q?: string;

  @IsOptional()
  @IsIn(PARTNER_CATEGORIES, { message: de.oneOf(PARTNER_CATEGORIES) })
  category?: PartnerCategory;

  /** Coordinators (admins) also see deactivated partners. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: de.boolean })
  includeInactive?: 'true' | 'false';
}

/**
 * "Weitervermittelt": a partner service (or only its kind) and a topic. Nothing else is accepted
 * (the global pipe forbids unknown fields), so no name or note can reach the figures.
 */
export class RecordReferralDto {
  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  partnerServiceId?: string;

  /** Only when no particular partner was named ("zu einer Kita"). */
  @IsOptional()
  @IsIn(PARTNER_CATEGORIES, { message: de.oneOf(PARTNER_CATEGORIES) })
  category?: PartnerCategory;

  @IsIn(REFERRAL_TOPICS, { message: de.oneOf(REFERRAL_TOPICS) })
  topic!: ReferralTopic;
}

export interface ReferralRecordedDto {
  id: string;
  /** `YYYY-MM` */
  month: string;
  partnerServiceId: string | null;
  category: PartnerCategory;
  topic: ReferralTopic;
}

export class DemandFiguresQueryDto {
  /** First month `YYYY-MM` (default: eleven months before `to`). */
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'Bitte einen Monat im Format JJJJ-MM angeben.' })
  from?: string;

  /** Last month `YYYY-MM` (default: the current month). */
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'Bitte einen Monat im Format JJJJ-MM angeben.' })
  to?: string;
}

/** One series of the demand figures: counts per month (aligned with `months`). */
export interface DemandSeriesDto<K extends string> {
  key: K;
  counts: number[];
  total: number;
}

/** Anonymous demand figures (Bedarfsermittlung): referrals per month by topic and by category. */
export interface DemandFiguresDto {
  from: string;
  to: string;
  months: string[];
  byTopic: Array<DemandSeriesDto<ReferralTopic>>;
  byCategory: Array<DemandSeriesDto<PartnerCategory>>;
  /** Per month, all topics. */
  totals: number[];
  total: number;
}
