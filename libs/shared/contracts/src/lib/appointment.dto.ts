import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  APPOINTMENT_TOPICS,
  BOOKER_ROLES,
  BOOKING_LOCALES,
  SLOT_MAX_MINUTES,
  SLOT_MIN_MINUTES,
  TOPIC_TEXT_MAX,
  type AppointmentTopic,
  type BookerRole,
  type BookingLocale,
  type BookingStatus,
} from './appointment-values';
import { de, PHONE_PATTERN } from './messages';
import { TENANT_SLUG_PATTERN } from './public-office.dto';

const isoDate = { strict: true, strictSeparator: true } as const;
const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/* ─────────────────────────── slots (advisors, admins) ─────────────────────────── */

class SlotPlaceDto {
  /** Room or address ("Alte Villa, Raum 2"); empty: the office's address. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(200, { message: de.tooLong(200) })
  location?: string;

  /** The advisor calls the booker (no visit). */
  @IsOptional()
  @IsBoolean({ message: de.boolean })
  byPhone?: boolean;
}

/** One slot: date and start in Europe/Berlin, and its length. */
export class CreateSlotDto extends SlotPlaceDto {
  @IsISO8601(isoDate, { message: de.date })
  date!: string;

  @Matches(HH_MM, { message: de.time })
  from!: string;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(SLOT_MIN_MINUTES, { message: de.min(SLOT_MIN_MINUTES) })
  @Max(SLOT_MAX_MINUTES, { message: de.max(SLOT_MAX_MINUTES) })
  durationMinutes!: number;
}

/** A series: on these weekdays between two dates, from–to cut into slots of `durationMinutes`. */
export class CreateSlotSeriesDto extends SlotPlaceDto {
  @IsISO8601(isoDate, { message: de.date })
  fromDate!: string;

  @IsISO8601(isoDate, { message: de.date })
  toDate!: string;

  /** 1 = Monday … 7 = Sunday. */
  @IsArray({ message: de.list })
  @ArrayMinSize(1, { message: de.minItems(1) })
  @ArrayMaxSize(7, { message: de.maxItems(7) })
  @Type(() => Number)
  @IsInt({ each: true, message: de.weekday })
  @Min(1, { each: true, message: de.weekday })
  @Max(7, { each: true, message: de.weekday })
  weekdays!: number[];

  @Matches(HH_MM, { message: de.time })
  from!: string;

  @Matches(HH_MM, { message: de.time })
  to!: string;

  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(SLOT_MIN_MINUTES, { message: de.min(SLOT_MIN_MINUTES) })
  @Max(SLOT_MAX_MINUTES, { message: de.max(SLOT_MAX_MINUTES) })
  durationMinutes!: number;
}

export class DayListQueryDto {
  @IsISO8601(isoDate, { message: de.date })
  date!: string;

  /** Admins (coordinators) may ask for the whole office (`all`); advisors see their own day by default. */
  @IsOptional()
  @IsIn(['mine', 'all'], { message: de.oneOf(['mine', 'all']) })
  scope?: 'mine' | 'all';
}

export class CancelBookingDto {
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(TOPIC_TEXT_MAX, { message: de.tooLong(TOPIC_TEXT_MAX) })
  reason?: string;
}

/* ─────────────────────────── booking ─────────────────────────── */

class BookingTopicDto {
  @IsUUID('all', { message: de.uuid })
  slotId!: string;

  @IsIn(APPOINTMENT_TOPICS, { message: de.oneOf(APPOINTMENT_TOPICS) })
  topic!: AppointmentTopic;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(TOPIC_TEXT_MAX, { message: de.tooLong(TOPIC_TEXT_MAX) })
  topicText?: string;

  @IsOptional()
  @IsString({ message: de.phone })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string;
}

/** A signed-in parent or childminder books: name, e-mail and role come from the account. */
export class BookAppointmentDto extends BookingTopicDto {}

/** A guest books on the public page; confirmed by the link mailed to her. */
export class PublicBookingDto extends BookingTopicDto {
  /** The office (default: the installation's public office). */
  @IsOptional()
  @Matches(TENANT_SLUG_PATTERN, { message: 'Ungültige Kennung des Jugendamts.' })
  tenantSlug?: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @Matches(/\S/, { message: de.required })
  @MaxLength(120, { message: de.tooLong(120) })
  name!: string;

  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;

  @IsIn(BOOKER_ROLES, { message: de.oneOf(BOOKER_ROLES) })
  role!: BookerRole;

  /** The page's language: her mails carry a short line in it. */
  @IsOptional()
  @IsIn(BOOKING_LOCALES, { message: de.oneOf(BOOKING_LOCALES) })
  locale?: BookingLocale;

  /** Honeypot: people leave it empty (hidden field); filled → answered like success, nothing stored or sent. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(500, { message: de.tooLong(500) })
  website?: string;
}

export class BookingTokenDto {
  @IsString({ message: de.linkInvalid })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: de.linkInvalid })
  token!: string;
}

/* ─────────────────────────── answers ─────────────────────────── */

export interface PublicSlotDto {
  id: string;
  /** ISO instants (UTC); shown in Europe/Berlin. */
  startsAt: string;
  endsAt: string;
  /** First name and initial only ("Anna B."). */
  advisor: string;
  location: string | null;
  byPhone: boolean;
}

export interface PublicSlotsDto {
  timeZone: string;
  slots: PublicSlotDto[];
}

export interface BookingResultDto {
  status: Extract<BookingStatus, 'pending' | 'confirmed'>;
  message: string;
  /** Minutes the slot is held for a guest until she confirms. */
  holdMinutes?: number;
}

/** What the confirm and cancel pages show (no name, no e-mail). */
export interface BookingSummaryDto {
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  location: string | null;
  byPhone: boolean;
  advisor: string;
}

export interface BookingDto {
  id: string;
  slotId: string;
  status: BookingStatus;
  name: string;
  email: string;
  phone: string | null;
  role: BookerRole;
  topic: AppointmentTopic;
  topicText: string | null;
  locale: string;
  holdUntil: string | null;
  confirmedAt: string | null;
  cancelledAt: string | null;
  cancelledBy: 'booker' | 'advisor' | null;
  cancelReason: string | null;
}

export interface SlotDto {
  id: string;
  startsAt: string;
  endsAt: string;
  advisorId: string;
  advisorName: string;
  location: string | null;
  byPhone: boolean;
  /** free, held (a guest's unconfirmed hold), booked. */
  state: 'free' | 'held' | 'booked';
  /** The active booking, if any. */
  booking: BookingDto | null;
  /** Earlier bookings of this slot that were cancelled (the day list shows them). */
  cancelled: BookingDto[];
}

export interface DayListDto {
  date: string;
  timeZone: string;
  slots: SlotDto[];
}

export interface SlotSeriesResultDto {
  created: number;
  slots: SlotDto[];
}

/** A signed-in parent's or childminder's own bookings. */
export interface MyBookingDto extends BookingSummaryDto {
  id: string;
  topic: AppointmentTopic;
}
