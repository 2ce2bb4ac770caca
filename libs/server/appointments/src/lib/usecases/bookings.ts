import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BOOKING_HOLD_MINUTES,
  de,
  MAX_ACTIVE_BOOKINGS_PER_EMAIL,
  SLOT_PAST_MESSAGE,
  SLOT_TAKEN_MESSAGE,
  type BookAppointmentDto,
  type BookerRole,
  type BookingLocale,
  type BookingResultDto,
  type BookingSummaryDto,
  type MyBookingDto,
  type PublicBookingDto,
  type PublicSlotsDto,
} from '@lotse/shared/contracts';
import { APP_CONFIG, apiError, type AppConfig, Clock, OutboxService, type RequestUser, seesOffice } from '@lotse/server/core';
import { AuditService, type AuditEntry, AccessPolicy } from '@lotse/server/audit';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AppointmentLinks } from '../appointment-links';
import { planBookedMail, planCancelledMail, planConfirmMail, type MailContext } from '../appointment-mails';
import { loadBooking, loadSlot, mailFacts, toSummary, type BookingRow, type SlotRow } from '../booking-rows';
import { shortName } from '../slot-times';
import { OfficeSettings } from '@lotse/server/office';

/** How far ahead the public list reaches. */
const PUBLIC_DAYS_AHEAD = 120;

export const GUEST_BOOKING_RECEIVED =
  'Vielen Dank! Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie den Termin über den Link darin innerhalb von 30 Minuten. Bitte sehen Sie auch im Spam-Ordner nach.';
export const BOOKING_CONFIRMED = 'Ihr Termin ist gebucht. Sie erhalten eine Bestätigung mit Kalenderdatei per E-Mail.';

const notFound = () =>
  apiError(404, 'Termin nicht gefunden.', [{ field: 'slotId', message: 'Diesen Termin gibt es nicht (mehr).', code: 'notFound' }]);
const taken = () => apiError(409, SLOT_TAKEN_MESSAGE, [{ field: 'slotId', message: SLOT_TAKEN_MESSAGE, code: 'slotTaken' }]);
const past = () => apiError(400, SLOT_PAST_MESSAGE, [{ field: 'slotId', message: SLOT_PAST_MESSAGE, code: 'slotPast' }]);
const invalidLink = () => apiError(400, de.linkInvalid, [{ field: 'token', message: de.linkInvalid, code: 'linkToken' }]);

interface NewBooking {
  tenantId: string;
  slotId: string;
  userId: string | null;
  name: string;
  email: string;
  phone: string | null;
  role: BookerRole;
  topic: BookAppointmentDto['topic'];
  topicText: string | null;
  locale: BookingLocale;
}

/** A guest (no account) in the audit log: no actor id or role, but the office and the client address. */
function guestActor(tenantId: string, ip: string | null): AuditEntry['actor'] {
  return { id: null, role: null, tenantId, ip } as unknown as AuditEntry['actor'];
}

/**
 * Booking, confirming and cancelling appointments. Exactly one active booking per slot: the slot
 * row is locked while booking (so a competing request waits and then sees the booking), and the
 * partial unique index `appointment_booking_active_uq` refuses a second one in any case; both end
 * in the same 409 with a field message.
 */
@Injectable()
export class Bookings {
  private readonly publicHost: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly links: AppointmentLinks,
    private readonly policy: AccessPolicy,
  ) {
    this.publicHost = new URL(config.PUBLIC_URL).hostname;
  }

  private mailCtx(m: EntityManager): MailContext {
    return { outbox: this.outbox, m, tz: this.config.TZ_OFFICE, publicHost: this.publicHost, now: this.clock.now() };
  }

  private async tenantBySlug(slug: string | undefined): Promise<{ id: string }> {
    const t = await OfficeSettings.bySlug(this.dataSource.manager, slug ?? this.config.PUBLIC_TENANT_SLUG);
    if (!t) throw apiError(404, 'Jugendamt nicht gefunden.');
    return t;
  }

  /** Free future slots of an office: no names of bookers, advisors by first name and initial. */
  async publicSlots(slug?: string): Promise<PublicSlotsDto> {
    const t = await this.tenantBySlug(slug);
    const now = this.clock.now();
    const rows: SlotRow[] = await this.dataSource.query(
      `SELECT s.id, s.tenant_id, s.advisor_id, s.starts_at, s.ends_at, s.location, s.by_phone, u.first_name, u.last_name
         FROM appointment_slot s JOIN app_user u ON u.id = s.advisor_id
        WHERE s.tenant_id = $1 AND s.deleted_at IS NULL AND s.starts_at > $2 AND s.starts_at < $2::timestamptz + make_interval(days => $3)
          AND NOT EXISTS (SELECT 1 FROM appointment_booking b WHERE b.slot_id = s.id
                           AND (b.status = 'confirmed' OR (b.status = 'pending' AND b.hold_until > $2)))
        ORDER BY s.starts_at, s.id
        LIMIT 1000`,
      [t.id, now, PUBLIC_DAYS_AHEAD],
    );
    return {
      timeZone: this.config.TZ_OFFICE,
      slots: rows.map((s) => ({
        id: s.id,
        startsAt: s.starts_at.toISOString(),
        endsAt: s.ends_at.toISOString(),
        advisor: shortName(s.first_name, s.last_name),
        location: s.location,
        byPhone: s.by_phone,
      })),
    };
  }

  /**
   * A guest books on the public page: the slot is held for BOOKING_HOLD_MINUTES and she gets a
   * confirmation link. A filled honeypot gets the same answer, and nothing is stored or sent.
   */
  async bookAsGuest(dto: PublicBookingDto, ip: string | null): Promise<BookingResultDto> {
    const answer: BookingResultDto = { status: 'pending', message: GUEST_BOOKING_RECEIVED, holdMinutes: BOOKING_HOLD_MINUTES };
    if (dto.website && dto.website.trim() !== '') return answer;
    const t = await this.tenantBySlug(dto.tenantSlug);
    await this.run(async (m) => {
      const { booking, slot } = await this.insert(
        m,
        {
          tenantId: t.id,
          slotId: dto.slotId,
          userId: null,
          name: dto.name.trim(),
          email: dto.email.trim(),
          phone: dto.phone?.trim() || null,
          role: dto.role,
          topic: dto.topic,
          topicText: dto.topicText?.trim() || null,
          locale: dto.locale ?? 'de',
        },
        'pending',
      );
      const tokenId = await this.links.issue(m, booking, 'appointment-confirm', booking.hold_until!);
      await planConfirmMail(this.mailCtx(m), mailFacts(booking, slot), tokenId);
      await this.audit.record(
        {
          action: 'appointment.book',
          actor: guestActor(t.id, ip),
          tenantId: t.id,
          targetType: 'appointment_booking',
          targetId: booking.id,
          details: { slotId: slot.id, status: 'pending', guest: true },
        },
        m,
      );
    });
    return answer;
  }

  /** A signed-in parent or childminder books: confirmed at once. */
  async bookAsUser(user: RequestUser, dto: BookAppointmentDto): Promise<BookingResultDto> {
    await this.run(async (m) => {
      const [u]: Array<{ first_name: string; last_name: string; email: string; phone: string | null }> = await m.query(
        `SELECT first_name, last_name, email, phone FROM app_user WHERE id = $1`,
        [user.id],
      );
      const { booking, slot } = await this.insert(
        m,
        {
          tenantId: user.tenantId,
          slotId: dto.slotId,
          userId: user.id,
          name: `${u.first_name} ${u.last_name}`.trim(),
          email: u.email,
          phone: dto.phone?.trim() || u.phone || null,
          role: user.role === 'childminder' ? 'childminder' : 'parent',
          topic: dto.topic,
          topicText: dto.topicText?.trim() || null,
          locale: user.locale,
        },
        'confirmed',
      );
      await this.afterConfirmed(m, booking, slot);
      await this.audit.record(
        {
          action: 'appointment.book',
          actor: user,
          targetType: 'appointment_booking',
          targetId: booking.id,
          details: { slotId: slot.id, status: 'confirmed' },
        },
        m,
      );
    });
    return { status: 'confirmed', message: BOOKING_CONFIRMED };
  }

  /** A guest opens her confirmation link within the hold. */
  async confirm(token: string, ip: string | null): Promise<BookingSummaryDto> {
    return this.dataSource.transaction(async (m) => {
      const link = await this.links.open(m, token, 'appointment-confirm');
      if (!link) throw invalidLink();
      const b = await loadBooking(m, link.bookingId, true);
      const now = this.clock.now();
      if (!b || b.status !== 'pending' || !b.hold_until || new Date(b.hold_until) <= now) throw invalidLink();
      const slot = await loadSlot(m, b.slot_id);
      if (!slot) throw invalidLink();
      await this.links.use(m, link.tokenId);
      await m.query(
        `UPDATE appointment_booking SET status = 'confirmed', confirmed_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`,
        [b.id, now],
      );
      const confirmed: BookingRow = { ...b, status: 'confirmed', confirmed_at: now };
      await this.afterConfirmed(m, confirmed, slot);
      await this.audit.record(
        {
          action: 'appointment.confirm',
          actor: guestActor(b.tenant_id, ip),
          tenantId: b.tenant_id,
          targetType: 'appointment_booking',
          targetId: b.id,
        },
        m,
      );
      return toSummary(confirmed, slot);
    });
  }

  /** What the cancel page shows before she decides (the link stays unused). */
  async lookup(token: string): Promise<BookingSummaryDto> {
    return this.dataSource.transaction(async (m) => {
      const link = (await this.links.open(m, token, 'appointment-cancel')) ?? (await this.links.open(m, token, 'appointment-confirm'));
      if (!link) throw invalidLink();
      const b = await loadBooking(m, link.bookingId);
      const slot = b ? await loadSlot(m, b.slot_id) : null;
      if (!b || !slot) throw invalidLink();
      return toSummary(b, slot);
    });
  }

  /** The cancel link: the slot is free again at once. */
  async cancelByToken(token: string, ip: string | null): Promise<BookingSummaryDto> {
    return this.dataSource.transaction(async (m) => {
      const link = await this.links.open(m, token, 'appointment-cancel');
      if (!link) throw invalidLink();
      const b = await loadBooking(m, link.bookingId, true);
      if (!b || b.status !== 'confirmed') throw invalidLink();
      await this.links.use(m, link.tokenId);
      const slot = await this.cancel(m, b, 'booker', null);
      await this.audit.record(
        {
          action: 'appointment.cancel',
          actor: guestActor(b.tenant_id, ip),
          tenantId: b.tenant_id,
          targetType: 'appointment_booking',
          targetId: b.id,
          details: { by: 'booker', via: 'link' },
        },
        m,
      );
      return toSummary({ status: 'cancelled' }, slot);
    });
  }

  /** Signed in: the booker cancels her own booking; staff of the office cancel any (the booker is told). */
  async cancelByUser(user: RequestUser, bookingId: string, reason: string | null): Promise<BookingSummaryDto> {
    return this.dataSource.transaction(async (m) => {
      const b = await this.policy.requireRecord(
        user,
        'appointment.cancel',
        { type: 'appointment_booking', id: bookingId, notFound: 'Buchung nicht gefunden.' },
        await loadBooking(m, bookingId, true),
        (x) => ({ tenantId: x.tenant_id, owners: [x.user_id] }),
      );
      const staff = seesOffice(user, 'appointment.cancel');
      if (b.status !== 'confirmed' && b.status !== 'pending')
        throw apiError(409, 'Dieser Termin ist bereits abgesagt oder abgelaufen.', [
          { field: 'bookingId', message: 'Dieser Termin ist bereits abgesagt oder abgelaufen.', code: 'notActive' },
        ]);
      const by = staff && b.user_id !== user.id ? 'advisor' : 'booker';
      const slot = await this.cancel(m, b, by, by === 'advisor' ? reason : null);
      await this.audit.record(
        { action: 'appointment.cancel', actor: user, targetType: 'appointment_booking', targetId: b.id, details: { by } },
        m,
      );
      return toSummary({ status: 'cancelled' }, slot);
    });
  }

  async myBookings(user: RequestUser): Promise<MyBookingDto[]> {
    const rows: Array<SlotRow & { booking_id: string; status: BookingRow['status']; topic: BookingRow['topic'] }> =
      await this.dataSource.query(
        `SELECT b.id AS booking_id, b.status, b.topic, s.id, s.tenant_id, s.advisor_id, s.starts_at, s.ends_at, s.location, s.by_phone, u.first_name, u.last_name
         FROM appointment_booking b JOIN appointment_slot s ON s.id = b.slot_id JOIN app_user u ON u.id = s.advisor_id
        WHERE b.user_id = $1 AND b.tenant_id = $2 AND b.status IN ('confirmed','cancelled') AND s.ends_at > $3
        ORDER BY s.starts_at`,
        [user.id, user.tenantId, this.clock.now()],
      );
    await this.audit.record({
      action: 'appointment.list_own',
      actor: user,
      targetType: 'user',
      targetId: user.id,
      details: { count: rows.length },
    });
    return rows.map((r) => ({ id: r.booking_id, topic: r.topic, ...toSummary({ status: r.status }, r) }));
  }

  private async cancel(m: EntityManager, b: BookingRow, by: 'booker' | 'advisor', reason: string | null): Promise<SlotRow> {
    const now = this.clock.now();
    await m.query(
      `UPDATE appointment_booking SET status = 'cancelled', cancelled_at = $2, cancelled_by = $3, cancel_reason = $4, updated_at = $2, version = version + 1 WHERE id = $1`,
      [b.id, now, by, reason?.trim() || null],
    );
    await this.links.voidAll(m, b.id);
    const slot = (
      await m.query(
        `SELECT s.id, s.tenant_id, s.advisor_id, s.starts_at, s.ends_at, s.location, s.by_phone, u.first_name, u.last_name
         FROM appointment_slot s JOIN app_user u ON u.id = s.advisor_id WHERE s.id = $1`,
        [b.slot_id],
      )
    )[0] as SlotRow;
    // A guest's unconfirmed hold ends silently; a confirmed booking's booker gets a mail.
    if (b.status === 'confirmed') await planCancelledMail(this.mailCtx(m), mailFacts(b, slot), by, reason?.trim() || null);
    return slot;
  }

  private async afterConfirmed(m: EntityManager, b: BookingRow, slot: SlotRow): Promise<void> {
    const cancelId = await this.links.issue(m, b, 'appointment-cancel', slot.starts_at);
    await planBookedMail(this.mailCtx(m), mailFacts(b, slot), cancelId);
  }

  /** Runs a booking transaction; a clash on the unique index (two winners at once) becomes the 409. */
  private async run(work: (m: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.dataSource.transaction(work);
    } catch (e) {
      if (
        e instanceof QueryFailedError &&
        (e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError?.constraint ===
          'appointment_booking_active_uq'
      ) {
        throw taken();
      }
      throw e;
    }
  }

  private async insert(m: EntityManager, n: NewBooking, status: 'pending' | 'confirmed'): Promise<{ booking: BookingRow; slot: SlotRow }> {
    // The slot row is locked: concurrent bookings of it queue here, then find it taken.
    const slot = await loadSlot(m, n.slotId, true);
    if (!slot || slot.tenant_id !== n.tenantId) throw notFound();
    const now = this.clock.now();
    if (slot.starts_at <= now) throw past();
    // Lazy expiry: an unconfirmed hold past its time no longer blocks the slot.
    const [expired]: [Array<{ id: string }>, number] = await m.query(
      `UPDATE appointment_booking SET status = 'expired', updated_at = $2, version = version + 1 WHERE slot_id = $1 AND status = 'pending' AND hold_until <= $2 RETURNING id`,
      [slot.id, now],
    );
    for (const e of expired) await this.links.voidAll(m, e.id);
    const active = await m.query(`SELECT 1 FROM appointment_booking WHERE slot_id = $1 AND status IN ('pending','confirmed')`, [slot.id]);
    if (active.length > 0) throw taken();
    if (!n.userId) {
      const [{ count }] = await m.query(
        `SELECT count(*)::int AS count FROM appointment_booking b JOIN appointment_slot s ON s.id = b.slot_id
          WHERE b.tenant_id = $1 AND lower(b.email) = lower($2) AND s.starts_at > $3
            AND (b.status = 'confirmed' OR (b.status = 'pending' AND b.hold_until > $3))`,
        [n.tenantId, n.email, now],
      );
      if (count >= MAX_ACTIVE_BOOKINGS_PER_EMAIL) {
        const msg = `Mit dieser E-Mail-Adresse sind bereits ${MAX_ACTIVE_BOOKINGS_PER_EMAIL} Termine gebucht. Bitte sagen Sie zuerst einen ab oder rufen Sie uns an.`;
        throw apiError(409, msg, [{ field: 'email', message: msg, code: 'tooManyBookings' }]);
      }
    }
    const holdUntil =
      status === 'pending' ? new Date(Math.min(now.getTime() + BOOKING_HOLD_MINUTES * 60_000, slot.starts_at.getTime())) : null;
    const [booking]: BookingRow[] = await m.query(
      `INSERT INTO appointment_booking (tenant_id, slot_id, user_id, name, email, phone, booker_role, topic, topic_text, locale, status, hold_until, confirmed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
       RETURNING *`,
      [
        n.tenantId,
        slot.id,
        n.userId,
        n.name,
        n.email,
        n.phone,
        n.role,
        n.topic,
        n.topicText,
        n.locale,
        status,
        holdUntil,
        status === 'confirmed' ? now : null,
        now,
      ],
    );
    return { booking, slot };
  }
}
