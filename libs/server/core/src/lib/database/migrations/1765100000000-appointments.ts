import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: appointments with the advisory service outside the open hours. Advisors publish slots
 * (timestamptz; entered and shown in Europe/Berlin); parents, childminders and guests book them.
 * At most ONE active (pending or confirmed) booking per slot, enforced by a partial unique index,
 * so concurrent bookings cannot both win. A guest's pending hold lapses at `hold_until` (expired
 * lazily by the next booking of the slot and by the daily scan). One-time links of guests
 * (confirm, cancel) live in `one_time_token` and name the booking instead of an account.
 */
export class Appointments1765100000000 implements MigrationInterface {
  name = 'Appointments1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE appointment_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        advisor_id uuid NOT NULL REFERENCES app_user(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text CHECK (length(location) <= 200),
        by_phone boolean NOT NULL DEFAULT false,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT appointment_slot_order_chk CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '4 hours')
      )`);
    await q.query(`CREATE INDEX appointment_slot_tenant_start_idx ON appointment_slot (tenant_id, starts_at) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX appointment_slot_advisor_start_idx ON appointment_slot (advisor_id, starts_at) WHERE deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE appointment_booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        slot_id uuid NOT NULL REFERENCES appointment_slot(id),
        user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        email text NOT NULL CHECK (length(email) <= 254),
        phone text,
        booker_role text NOT NULL CHECK (booker_role IN ('parent','childminder','prospective-childminder')),
        topic text NOT NULL CHECK (topic IN ('care-search','becoming-childminder','permit','fees-contract','other')),
        topic_text text CHECK (length(topic_text) <= 500),
        locale text NOT NULL DEFAULT 'de' CHECK (locale IN ('de','en','tr','ar','uk')),
        status text NOT NULL CHECK (status IN ('pending','confirmed','cancelled','expired')),
        hold_until timestamptz,
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by text CHECK (cancelled_by IN ('booker','advisor')),
        cancel_reason text CHECK (length(cancel_reason) <= 500),
        reminder_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT appointment_booking_pending_chk CHECK (status <> 'pending' OR hold_until IS NOT NULL),
        CONSTRAINT appointment_booking_confirmed_chk CHECK (status <> 'confirmed' OR confirmed_at IS NOT NULL),
        CONSTRAINT appointment_booking_cancelled_chk CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL))
      )`);
    // The rule "exactly one active booking per slot" lives here, not in application code.
    await q.query(
      `CREATE UNIQUE INDEX appointment_booking_active_uq ON appointment_booking (slot_id) WHERE status IN ('pending','confirmed')`,
    );
    await q.query(`CREATE INDEX appointment_booking_slot_idx ON appointment_booking (slot_id)`);
    await q.query(
      `CREATE INDEX appointment_booking_email_idx ON appointment_booking (tenant_id, lower(email)) WHERE status IN ('pending','confirmed')`,
    );
    await q.query(`CREATE INDEX appointment_booking_user_idx ON appointment_booking (user_id) WHERE user_id IS NOT NULL`);

    await q.query(`ALTER TABLE one_time_token DROP CONSTRAINT one_time_token_purpose_check`);
    await q.query(`
      ALTER TABLE one_time_token
        ALTER COLUMN user_id DROP NOT NULL,
        ADD COLUMN appointment_booking_id uuid REFERENCES appointment_booking(id) ON DELETE CASCADE,
        ADD CONSTRAINT one_time_token_purpose_check CHECK (purpose IN ('password-reset','email-verify','email-change','appointment-confirm','appointment-cancel')),
        ADD CONSTRAINT one_time_token_owner_chk CHECK (
          CASE WHEN purpose LIKE 'appointment-%' THEN appointment_booking_id IS NOT NULL AND user_id IS NULL
               ELSE user_id IS NOT NULL AND appointment_booking_id IS NULL END)`);
    await q.query(
      `CREATE INDEX one_time_token_booking_idx ON one_time_token (appointment_booking_id) WHERE appointment_booking_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM one_time_token WHERE appointment_booking_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE one_time_token
        DROP CONSTRAINT one_time_token_owner_chk,
        DROP CONSTRAINT one_time_token_purpose_check,
        DROP COLUMN appointment_booking_id,
        ALTER COLUMN user_id SET NOT NULL,
        ADD CONSTRAINT one_time_token_purpose_check CHECK (purpose IN ('password-reset','email-verify','email-change'))`);
    await q.query(`DROP TABLE IF EXISTS appointment_booking`);
    await q.query(`DROP TABLE IF EXISTS appointment_slot`);
  }
}
