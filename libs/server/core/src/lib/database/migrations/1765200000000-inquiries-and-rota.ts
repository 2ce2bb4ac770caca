import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Familienbüro's inquiries (contact form, phone, answering machine) with their response
 * target, the office's inquiry settings, the weekly summary stamp, and the open-hours rota.
 */
export class InquiriesAndRota1765200000000 implements MigrationInterface {
  name = 'InquiriesAndRota1765200000000';

  async up(q: QueryRunner): Promise<void> {
    // Per office: the response target and the counter of inquiry reference numbers (one row, locked to number).
    await q.query(`
      CREATE TABLE inquiry_settings (
        tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
        response_working_days integer NOT NULL DEFAULT 2 CHECK (response_working_days BETWEEN 1 AND 20),
        number_year integer NOT NULL DEFAULT 0,
        last_number integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE inquiry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        reference text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('form', 'phone', 'answering_machine', 'email', 'in_person')),
        name text NOT NULL,
        email text,
        phone text,
        service text NOT NULL CHECK (service IN ('kindertagespflege', 'erziehungsberatung', 'familienhebamme', 'willkommensbesuche', 'schulsozialarbeit', 'gefluechtete', 'allgemein')),
        message text NOT NULL CHECK (length(message) <= 2000),
        status text NOT NULL CHECK (status IN ('new', 'in_progress', 'answered', 'closed', 'forwarded')),
        assignee_id uuid REFERENCES app_user(id),
        received_at timestamptz NOT NULL,
        due_on date NOT NULL,
        due_at timestamptz NOT NULL,
        answered_at timestamptz,
        closed_at timestamptz,
        entered_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (email IS NOT NULL OR phone IS NOT NULL),
        UNIQUE (tenant_id, reference)
      )`);
    await q.query(`CREATE INDEX inquiry_queue ON inquiry (tenant_id, status, due_at)`);
    await q.query(`CREATE INDEX inquiry_received ON inquiry (tenant_id, received_at)`);
    await q.query(`
      CREATE TABLE inquiry_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        inquiry_id uuid NOT NULL REFERENCES inquiry(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('created', 'status', 'assignment', 'service', 'note')),
        actor_id uuid REFERENCES app_user(id),
        from_status text,
        to_status text,
        text text,
        at timestamptz NOT NULL,
        -- Order of entry (several events can share a timestamp).
        seq bigint GENERATED ALWAYS AS IDENTITY
      )`);
    await q.query(`CREATE INDEX inquiry_event_inquiry ON inquiry_event (inquiry_id, seq)`);
    // One weekly summary per office and ISO week, stamped in the transaction that plans its mails.
    await q.query(`
      CREATE TABLE inquiry_weekly_summary (
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        iso_week text NOT NULL,
        sent_at timestamptz NOT NULL,
        recipients integer NOT NULL,
        PRIMARY KEY (tenant_id, iso_week)
      )`);

    // Rota: which service each staff member belongs to, and who staffs which open consultation.
    await q.query(`
      CREATE TABLE staff_service (
        user_id uuid PRIMARY KEY REFERENCES app_user(id),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        service text NOT NULL CHECK (service IN ('kindertagespflege', 'erziehungsberatung', 'familienhebamme', 'willkommensbesuche', 'schulsozialarbeit', 'gefluechtete', 'allgemein')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE rota_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        session_date date NOT NULL,
        starts_at text NOT NULL CHECK (starts_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
        ends_at text NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, session_date, starts_at, user_id)
      )`);
    await q.query(`CREATE INDEX rota_assignment_user ON rota_assignment (user_id, session_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rota_assignment`);
    await q.query(`DROP TABLE staff_service`);
    await q.query(`DROP TABLE inquiry_weekly_summary`);
    await q.query(`DROP TABLE inquiry_event`);
    await q.query(`DROP TABLE inquiry`);
    await q.query(`DROP TABLE inquiry_settings`);
  }
}
