import { Transform, Type } from 'class-transformer';
import {
  Equals,
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
  ValidateIf,
} from 'class-validator';
import {
  HOUSE_SERVICES,
  INQUIRY_MESSAGE_MAX,
  INQUIRY_NOTE_MAX,
  INQUIRY_STATUSES,
  RESPONSE_TARGET_DAYS,
  STAFF_INQUIRY_CHANNELS,
  type HouseService,
  type InquiryChannel,
  type InquiryStatus,
  type StaffInquiryChannel,
} from './inquiry-values';
import { de, PHONE_PATTERN } from './messages';
import { PageQueryDto } from './pagination';
import { MaxLengthIfString } from './validators';

export const CONTACT_REQUIRED = 'Bitte eine E-Mail-Adresse oder eine Telefonnummer angeben, damit wir antworten können.';
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;

/** Who asks and how to answer: a name and an e-mail address and/or a phone number. */
class InquiryContactDto {
  @Transform(trim)
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(120, { message: de.tooLong(120) })
  name!: string;

  /** Required when no phone number is given. */
  @Transform(emptyToUndefined)
  @ValidateIf((o: InquiryContactDto) => !blank(o.email) || blank(o.phone))
  @IsEmail({}, { message: ({ value }) => (blank(value) ? CONTACT_REQUIRED : de.email) })
  @MaxLengthIfString(254, { message: de.tooLong(254) })
  email?: string;

  /** Required when no e-mail address is given. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: de.text })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string;

  @Transform(trim)
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(INQUIRY_MESSAGE_MAX, { message: de.tooLong(INQUIRY_MESSAGE_MAX) })
  message!: string;
}

/** The public contact form (`/kontakt`). */
export class PublicInquiryDto extends InquiryContactDto {
  /** Which service the question is for, if the asker knows (default: `allgemein`). */
  @IsOptional()
  @IsIn(HOUSE_SERVICES, { message: de.oneOf(HOUSE_SERVICES) })
  service?: HouseService;

  /** Must be `true`: the asker has read the privacy notice (Art. 13 DSGVO). */
  @Equals(true, { message: de.privacyNotice })
  privacyNoticeAccepted!: boolean;

  /** Honeypot: hidden from people; a filled value is answered like success, and nothing is stored. */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(500, { message: de.tooLong(500) })
  website?: string;
}

/** Staff enter a phone call, an answering-machine message, an e-mail or a visit. */
export class CreateInquiryDto extends InquiryContactDto {
  @IsIn(STAFF_INQUIRY_CHANNELS, { message: de.oneOf(STAFF_INQUIRY_CHANNELS) })
  channel!: StaffInquiryChannel;

  @IsIn(HOUSE_SERVICES, { message: de.oneOf(HOUSE_SERVICES) })
  service!: HouseService;

  /** When it came in (e.g. the time on the answering machine); default now, never in the future. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Bitte Datum und Uhrzeit angeben.' })
  receivedAt?: string;

  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  assigneeId?: string;
}

/** Change service and/or assignee (`assigneeId: null` = nobody). */
export class UpdateInquiryDto {
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;

  @IsOptional()
  @IsIn(HOUSE_SERVICES, { message: de.oneOf(HOUSE_SERVICES) })
  service?: HouseService;

  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: de.uuid })
  assigneeId?: string | null;
}

export class ChangeInquiryStatusDto {
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;

  @IsIn(INQUIRY_STATUSES, { message: de.oneOf(INQUIRY_STATUSES) })
  status!: InquiryStatus;

  /** What was answered, where it was forwarded to, why it was closed (required for `forwarded` and `closed`). */
  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(INQUIRY_NOTE_MAX, { message: de.tooLong(INQUIRY_NOTE_MAX) })
  note?: string;
}

export class AddInquiryNoteDto {
  @Transform(trim)
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(INQUIRY_NOTE_MAX, { message: de.tooLong(INQUIRY_NOTE_MAX) })
  text!: string;
}

export class InquiriesQueryDto extends PageQueryDto {
  /** One or more statuses (repeat the parameter); default: the open ones. */
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @IsIn(INQUIRY_STATUSES, { each: true, message: de.oneOf(INQUIRY_STATUSES) })
  status?: InquiryStatus[];

  @IsOptional()
  @IsIn(HOUSE_SERVICES, { message: de.oneOf(HOUSE_SERVICES) })
  service?: HouseService;

  /** `true`: only overdue ones; `false`: only those within the target. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: de.oneOf(['true', 'false']) })
  overdue?: 'true' | 'false';

  /** A staff user's id, `me` or `none` (unassigned). */
  @IsOptional()
  @ValidateIf((_o, v) => v !== 'me' && v !== 'none')
  @IsUUID('all', { message: 'Bitte eine Kennung, „me“ oder „none“ angeben.' })
  assignee?: string;
}

export class InquirySettingsDto {
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;

  /** Working days (Mon–Fri without the state's public holidays) within which inquiries are answered. */
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(RESPONSE_TARGET_DAYS.min, { message: de.min(RESPONSE_TARGET_DAYS.min) })
  @Max(RESPONSE_TARGET_DAYS.max, { message: de.max(RESPONSE_TARGET_DAYS.max) })
  responseWorkingDays!: number;
}

export interface InquirySettingsView {
  responseWorkingDays: number;
  version: number;
}

export interface InquiryEventDto {
  id: string;
  kind: 'created' | 'status' | 'assignment' | 'service' | 'note';
  at: string;
  actorName: string | null;
  fromStatus: InquiryStatus | null;
  toStatus: InquiryStatus | null;
  text: string | null;
}

export interface InquiryDto {
  id: string;
  /** Per office and year, e.g. `2026-0042`. */
  reference: string;
  channel: InquiryChannel;
  name: string;
  email: string | null;
  phone: string | null;
  service: HouseService;
  message: string;
  status: InquiryStatus;
  assignee: { id: string; name: string } | null;
  receivedAt: string;
  /** The last day of the response target (office calendar date). */
  dueDate: string;
  /** When it turns overdue: the end of `dueDate` in the office's time zone. */
  dueAt: string;
  /** Still open after `dueAt`. */
  overdue: boolean;
  answeredAt: string | null;
  enteredBy: string | null;
  version: number;
  /** Only on the detail: status changes, assignments and notes, oldest first. */
  events?: InquiryEventDto[];
}

export interface AcceptedInquiryDto {
  message: string;
  /** The office's response target, for the confirmation text. */
  responseWorkingDays: number;
}

/* ─────────────────────────── open-hours rota ─────────────────────────── */

export class RotaMonthQueryDto {
  /** `YYYY-MM`; default: the current month. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Bitte einen Monat im Format JJJJ-MM angeben.' })
  month?: string;
}

export class AssignRotaDto {
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: de.date })
  date!: string;

  /** Start of the open consultation, `HH:MM`, as in the office's opening hours. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: de.time })
  from!: string;

  @IsUUID('all', { message: de.uuid })
  userId!: string;
}

export class StaffServiceDto {
  @IsIn(HOUSE_SERVICES, { message: de.oneOf(HOUSE_SERVICES) })
  service!: HouseService;
}

export interface RotaStaffDto {
  userId: string;
  name: string;
  role: 'advisor' | 'admin' | 'staff';
  /** The service the staff member belongs to; null until the coordinator sets it. */
  service: HouseService | null;
}

export interface RotaSessionDto {
  date: string;
  weekday: number;
  from: string;
  to: string;
  /** Public holiday: no consultation ("Feiertag – keine Sprechstunde"), not a gap. */
  holiday: string | null;
  staff: Array<RotaStaffDto & { assignmentId: string }>;
  /** Fewer than the minimum staff on a day with a consultation. */
  gap: boolean;
  past: boolean;
}

export interface RotaMonthDto {
  month: string;
  minStaff: number;
  sessions: RotaSessionDto[];
  gaps: number;
  staff: RotaStaffDto[];
}
