import type { BookingDto, BookingLocale, BookingSummaryDto, SlotDto } from '@lotse/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { BookingMailFacts } from './appointment-mails';
import { shortName } from './slot-times';

/** A booking row as the queries below return it. */
export interface BookingRow {
  id: string;
  tenant_id: string;
  slot_id: string;
  user_id: string | null;
  name: string;
  email: string;
  phone: string | null;
  booker_role: BookingDto['role'];
  topic: BookingDto['topic'];
  topic_text: string | null;
  locale: BookingLocale;
  status: BookingDto['status'];
  hold_until: Date | null;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
  cancelled_by: 'booker' | 'advisor' | null;
  cancel_reason: string | null;
}

export interface SlotRow {
  id: string;
  tenant_id: string;
  advisor_id: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  by_phone: boolean;
  first_name: string | null;
  last_name: string | null;
}

export const SLOT_COLUMNS = `s.id, s.tenant_id, s.advisor_id, s.starts_at, s.ends_at, s.location, s.by_phone, u.first_name, u.last_name`;

export const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function toBookingDto(b: BookingRow): BookingDto {
  return {
    id: b.id,
    slotId: b.slot_id,
    status: b.status,
    name: b.name,
    email: b.email,
    phone: b.phone,
    role: b.booker_role,
    topic: b.topic,
    topicText: b.topic_text,
    locale: b.locale,
    holdUntil: iso(b.hold_until),
    confirmedAt: iso(b.confirmed_at),
    cancelledAt: iso(b.cancelled_at),
    cancelledBy: b.cancelled_by,
    cancelReason: b.cancel_reason,
  };
}

export function toSummary(b: Pick<BookingRow, 'status'>, s: SlotRow): BookingSummaryDto {
  return {
    status: b.status,
    startsAt: s.starts_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    location: s.location,
    byPhone: s.by_phone,
    advisor: shortName(s.first_name, s.last_name),
  };
}

/** A booking counts as active while confirmed, or pending within its hold. */
export function isActive(b: Pick<BookingRow, 'status' | 'hold_until'>, now: Date): boolean {
  return b.status === 'confirmed' || (b.status === 'pending' && !!b.hold_until && new Date(b.hold_until) > now);
}

export function toSlotDto(s: SlotRow, bookings: BookingRow[], now: Date): SlotDto {
  const active = bookings.find((b) => isActive(b, now)) ?? null;
  return {
    id: s.id,
    startsAt: s.starts_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    advisorId: s.advisor_id,
    advisorName: [s.first_name, s.last_name].filter(Boolean).join(' '),
    location: s.location,
    byPhone: s.by_phone,
    state: !active ? 'free' : active.status === 'confirmed' ? 'booked' : 'held',
    booking: active ? toBookingDto(active) : null,
    cancelled: bookings.filter((b) => b.status === 'cancelled').map(toBookingDto),
  };
}

export function mailFacts(b: BookingRow, s: SlotRow): BookingMailFacts {
  return {
    id: b.id,
    tenant_id: b.tenant_id,
    name: b.name,
    email: b.email,
    locale: b.locale,
    starts_at: s.starts_at,
    ends_at: s.ends_at,
    location: s.location,
    by_phone: s.by_phone,
    advisor: shortName(s.first_name, s.last_name),
  };
}

export async function loadSlot(m: EntityManager, slotId: string, lock = false): Promise<SlotRow | null> {
  const rows: SlotRow[] = await m.query(
    `SELECT ${SLOT_COLUMNS} FROM appointment_slot s JOIN app_user u ON u.id = s.advisor_id WHERE s.id = $1 AND s.deleted_at IS NULL ${lock ? 'FOR UPDATE OF s' : ''}`,
    [slotId],
  );
  return rows[0] ?? null;
}

export async function loadBooking(m: EntityManager, bookingId: string, lock = false): Promise<BookingRow | null> {
  const rows: BookingRow[] = await m.query(`SELECT * FROM appointment_booking WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [bookingId]);
  return rows[0] ?? null;
}
