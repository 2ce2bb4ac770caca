import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plusDays, todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, type AppConfig, Clock, OutboxService } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { planReminderMail } from '../appointment-mails';
import { mailFacts, SLOT_COLUMNS, type BookingRow, type SlotRow } from '../booking-rows';
import { localToInstant } from '../slot-times';

export interface AppointmentScanResult {
  reminders: number;
  expiredHolds: number;
}

/**
 * Daily (DAILY_JOB_SCHEDULES, 16:00 office time): reminds every booker of tomorrow's confirmed
 * appointments, once per booking: the row is claimed (SKIP LOCKED), stamped `reminder_sent_at` and
 * the mail planned in one transaction with job id `appointment-reminder.<booking>`. The reminder
 * carries the cancel link while it is open. Also closes unconfirmed holds past their time.
 */
@Injectable()
export class ScanAppointmentReminders {
  private readonly publicHost: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {
    this.publicHost = new URL(config.PUBLIC_URL).hostname;
  }

  async execute(tenantId?: string | null): Promise<AppointmentScanResult> {
    const tz = this.config.TZ_OFFICE;
    const now = this.clock.now();
    const tomorrow = plusDays(todayIn(tz, now), 1);
    const from = localToInstant(tomorrow, '00:00', tz);
    const to = localToInstant(plusDays(tomorrow, 1), '00:00', tz);
    return this.dataSource.transaction(async (m) => {
      // UPDATE answers [rows, count] through TypeORM.
      const [expired]: [unknown[], number] = await m.query(
        `UPDATE appointment_booking SET status = 'expired', updated_at = $1, version = version + 1
          WHERE status = 'pending' AND hold_until <= $1 AND ($2::uuid IS NULL OR tenant_id = $2) RETURNING id`,
        [now, tenantId ?? null],
      );
      const rows: Array<BookingRow & { s: SlotRow }> = await m.query(
        `SELECT b.*, row_to_json(x) AS s FROM appointment_booking b
           JOIN LATERAL (SELECT ${SLOT_COLUMNS} FROM appointment_slot s JOIN app_user u ON u.id = s.advisor_id WHERE s.id = b.slot_id) x ON true
          WHERE b.status = 'confirmed' AND b.reminder_sent_at IS NULL AND ($1::uuid IS NULL OR b.tenant_id = $1)
            AND EXISTS (SELECT 1 FROM appointment_slot s WHERE s.id = b.slot_id AND s.deleted_at IS NULL AND s.starts_at >= $2 AND s.starts_at < $3)
          FOR UPDATE OF b SKIP LOCKED`,
        [tenantId ?? null, from, to],
      );
      for (const r of rows) {
        const slot: SlotRow = { ...r.s, starts_at: new Date(r.s.starts_at), ends_at: new Date(r.s.ends_at) };
        const [token]: Array<{ id: string }> = await m.query(
          `SELECT id FROM one_time_token WHERE appointment_booking_id = $1 AND purpose = 'appointment-cancel' AND used_at IS NULL AND invalidated_at IS NULL AND expires_at > $2
            ORDER BY created_at DESC LIMIT 1`,
          [r.id, now],
        );
        await planReminderMail({ outbox: this.outbox, m, tz, publicHost: this.publicHost, now }, mailFacts(r, slot), token?.id ?? null);
        await m.query(`UPDATE appointment_booking SET reminder_sent_at = $2 WHERE id = $1`, [r.id, now]);
      }
      return { reminders: rows.length, expiredHolds: expired.length };
    });
  }
}
