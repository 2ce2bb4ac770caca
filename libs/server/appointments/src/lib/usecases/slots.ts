import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SERIES_MAX_DAYS,
  SERIES_MAX_SLOTS,
  type CreateSlotDto,
  type CreateSlotSeriesDto,
  type DayListDto,
  type DayListQueryDto,
  type SlotDto,
  type SlotSeriesResultDto,
} from '@lotse/shared/contracts';
import { plusDays, todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, type AppConfig, Clock, type RequestUser } from '@lotse/server/core';
import { AccessPolicy, AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { SLOT_COLUMNS, toSlotDto, type BookingRow, type SlotRow } from '../booking-rows';
import { firstOverlapWithin, localDateLabel, localToInstant, localTimeLabel, seriesSlots, singleSlot, type SlotSpan } from '../slot-times';

const field = (status: number, name: string, message: string, code: string) => apiError(status, message, [{ field: name, message, code }]);

/**
 * Advisors (and admins) publish their slots: one at a time or as a series, never in the past and
 * never overlapping their own other slots (checked under a per-advisor advisory lock, so two
 * series created at once cannot overlap either). An unbooked slot can be deleted (kept as deleted
 * for the history of cancelled bookings); the day list shows who booked what.
 */
@Injectable()
export class Slots {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  private get tz(): string {
    return this.config.TZ_OFFICE;
  }

  async create(user: RequestUser, dto: CreateSlotDto): Promise<SlotDto> {
    const span = singleSlot(dto.date, dto.from, dto.durationMinutes, this.tz);
    if (span.startsAt <= this.clock.now()) throw field(400, 'from', 'Der Termin liegt in der Vergangenheit.', 'past');
    const [slot] = await this.insertAll(user, [span], dto, 'from');
    return slot;
  }

  async createSeries(user: RequestUser, dto: CreateSlotSeriesDto): Promise<SlotSeriesResultDto> {
    const today = todayIn(this.tz, this.clock.now());
    if (dto.toDate < dto.fromDate) throw field(400, 'toDate', 'Das Enddatum darf nicht vor dem Anfangsdatum liegen.', 'dateOrder');
    if (dto.fromDate < today) throw field(400, 'fromDate', 'Das Anfangsdatum darf nicht in der Vergangenheit liegen.', 'past');
    if (dto.toDate > plusDays(dto.fromDate, SERIES_MAX_DAYS))
      throw field(400, 'toDate', `Eine Serie umfasst höchstens ${SERIES_MAX_DAYS} Tage.`, 'range');
    if (dto.to <= dto.from) throw field(400, 'to', 'Das Ende muss nach dem Beginn liegen.', 'timeOrder');
    const now = this.clock.now();
    // Today's times already past are left out; the rest of the series stands.
    const spans = seriesSlots(dto, this.tz).filter((s) => s.startsAt > now);
    if (spans.length === 0)
      throw field(400, 'weekdays', 'In diesem Zeitraum ergibt sich kein Termin. Bitte Wochentage, Zeiten und Dauer prüfen.', 'empty');
    if (spans.length > SERIES_MAX_SLOTS)
      throw field(400, 'toDate', `Eine Serie darf höchstens ${SERIES_MAX_SLOTS} Termine ergeben (hier ${spans.length}).`, 'tooMany');
    const slots = await this.insertAll(user, spans, dto, 'from');
    return { created: slots.length, slots };
  }

  private async insertAll(
    user: RequestUser,
    spans: SlotSpan[],
    place: { location?: string; byPhone?: boolean },
    clashField: string,
  ): Promise<SlotDto[]> {
    const inner = firstOverlapWithin(spans);
    if (inner) throw field(409, clashField, 'Die Termine überschneiden sich.', 'overlap');
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('appointment_slot:' || $1, 0))`, [user.id]);
      const first = spans.reduce((a, s) => (s.startsAt < a ? s.startsAt : a), spans[0].startsAt);
      const last = spans.reduce((a, s) => (s.endsAt > a ? s.endsAt : a), spans[0].endsAt);
      const existing: Array<{ starts_at: Date; ends_at: Date }> = await m.query(
        `SELECT starts_at, ends_at FROM appointment_slot WHERE advisor_id = $1 AND deleted_at IS NULL AND starts_at < $3 AND ends_at > $2 ORDER BY starts_at`,
        [user.id, first, last],
      );
      for (const s of spans) {
        const clash = existing.find((e) => s.startsAt < e.ends_at && e.starts_at < s.endsAt);
        if (clash) {
          const msg = `Überschneidet sich mit Ihrem Termin am ${localDateLabel(clash.starts_at, this.tz)} um ${localTimeLabel(clash.starts_at, this.tz)} Uhr.`;
          throw field(409, clashField, msg, 'overlap');
        }
      }
      const now = this.clock.now();
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO appointment_slot (tenant_id, advisor_id, starts_at, ends_at, location, by_phone, created_at, updated_at)
         SELECT $1, $2, t.s, t.e, $5, $6, $7, $7 FROM unnest($3::timestamptz[], $4::timestamptz[]) AS t(s, e)
         RETURNING id`,
        [
          user.tenantId,
          user.id,
          spans.map((s) => s.startsAt),
          spans.map((s) => s.endsAt),
          place.location?.trim() || null,
          place.byPhone ?? false,
          now,
        ],
      );
      await this.audit.record(
        {
          action: 'appointment.slot_create',
          actor: user,
          targetType: 'appointment_slot',
          targetId: rows[0].id,
          details: { count: rows.length, from: first.toISOString(), to: last.toISOString() },
        },
        m,
      );
      const slots: SlotRow[] = await m.query(
        `SELECT ${SLOT_COLUMNS} FROM appointment_slot s JOIN app_user u ON u.id = s.advisor_id WHERE s.id = ANY($1::uuid[]) ORDER BY s.starts_at`,
        [rows.map((r) => r.id)],
      );
      return slots.map((s) => toSlotDto(s, [], now));
    });
  }

  /** Deletes an unbooked slot: own slots, or any of the office with `appointment-slot.manage-others` (admins). */
  async remove(user: RequestUser, slotId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [s]: Array<{ id: string; tenant_id: string; advisor_id: string }> = await m.query(
        `SELECT id, tenant_id, advisor_id FROM appointment_slot WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
        [slotId],
      );
      if (!s || s.tenant_id !== user.tenantId) throw apiError(404, 'Termin nicht gefunden.');
      if (s.advisor_id !== user.id)
        await this.policy.require(
          user,
          'appointment-slot.manage-others',
          { type: 'appointment_slot', id: slotId },
          'Nur die eigene Beraterin, der eigene Berater oder die Koordination kann diesen Termin löschen.',
        );
      const now = this.clock.now();
      const active = await m.query(
        `SELECT 1 FROM appointment_booking WHERE slot_id = $1 AND (status = 'confirmed' OR (status = 'pending' AND hold_until > $2))`,
        [slotId, now],
      );
      if (active.length > 0)
        throw apiError(409, 'Dieser Termin ist gebucht. Bitte sagen Sie die Buchung zuerst ab.', [
          { field: 'slotId', message: 'Dieser Termin ist gebucht.', code: 'booked' },
        ]);
      await m.query(`UPDATE appointment_booking SET status = 'expired', updated_at = $2 WHERE slot_id = $1 AND status = 'pending'`, [
        slotId,
        now,
      ]);
      await m.query(`UPDATE appointment_slot SET deleted_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`, [slotId, now]);
      await this.audit.record({ action: 'appointment.slot_delete', actor: user, targetType: 'appointment_slot', targetId: slotId }, m);
    });
  }

  /** The day list of one advisor (or, with scope `all`, the whole office) in the office's time zone. */
  async dayList(user: RequestUser, q: DayListQueryDto): Promise<DayListDto> {
    const from = localToInstant(q.date, '00:00', this.tz);
    const to = localToInstant(plusDays(q.date, 1), '00:00', this.tz);
    const all = q.scope === 'all';
    const m: EntityManager = this.dataSource.manager;
    const slots: SlotRow[] = await m.query(
      `SELECT ${SLOT_COLUMNS} FROM appointment_slot s JOIN app_user u ON u.id = s.advisor_id
        WHERE s.tenant_id = $1 AND s.deleted_at IS NULL AND s.starts_at >= $2 AND s.starts_at < $3 AND ($4::boolean OR s.advisor_id = $5)
        ORDER BY s.starts_at, u.last_name`,
      [user.tenantId, from, to, all, user.id],
    );
    const bookings: BookingRow[] = slots.length
      ? await m.query(
          `SELECT * FROM appointment_booking WHERE slot_id = ANY($1::uuid[]) AND status IN ('pending','confirmed','cancelled') ORDER BY created_at`,
          [slots.map((s) => s.id)],
        )
      : [];
    const now = this.clock.now();
    const out = slots.map((s) =>
      toSlotDto(
        s,
        bookings.filter((b) => b.slot_id === s.id),
        now,
      ),
    );
    await this.audit.record({
      action: 'appointment.day_list',
      actor: user,
      targetType: 'appointment_day',
      targetId: q.date,
      details: { scope: all ? 'all' : 'mine', slots: out.length, bookings: out.filter((s) => s.booking || s.cancelled.length).length },
    });
    return { date: q.date, timeZone: this.tz, slots: out };
  }
}
