import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { de, PHONE_PATTERN } from './messages';
import { MONTH_PATTERN, PARTNER_CATEGORIES, REFERRAL_TOPICS, type PartnerCategory, type ReferralTopic } from './referral-values';

/* ─────────────────────────── referral guide ("Lotse", issue 14) ─────────────────────────── */

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
