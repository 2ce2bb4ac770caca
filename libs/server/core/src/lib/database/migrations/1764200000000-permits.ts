import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 4: permit applications, suitability checks, permits (§ 43 SGB VIII) with gap-free numbers
 * per tenant and year, and once-only expiry reminders.
 */
export class Permits1764200000000 implements MigrationInterface {
  name = 'Permits1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE permit_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id),
        kind text NOT NULL CHECK (kind IN ('initial','renewal','amendment')),
        status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','in_review','decided','withdrawn')),
        requested_max_children integer NOT NULL CHECK (requested_max_children BETWEEN 1 AND 9),
        note text,
        submitted_by uuid REFERENCES app_user(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        decision text CHECK (decision IN ('grant','grant_with_conditions','refuse')),
        refusal_reason text,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (decision IS DISTINCT FROM 'refuse' OR refusal_reason IS NOT NULL)
      )`);
    // One open application per childminder at a time.
    await q.query(
      `CREATE UNIQUE INDEX permit_application_open_uq ON permit_application (childminder_id) WHERE status IN ('submitted','in_review')`,
    );
    await q.query(`CREATE INDEX permit_application_queue_idx ON permit_application (tenant_id, status, submitted_at)`);

    await q.query(`
      CREATE TABLE suitability_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        application_id uuid NOT NULL REFERENCES permit_application(id),
        kind text NOT NULL CHECK (kind IN ('home_visit','interview')),
        date date NOT NULL,
        persons_present text[] NOT NULL DEFAULT '{}',
        rooms_checked text[] NOT NULL DEFAULT '{}',
        findings jsonb NOT NULL,
        notes text,
        recommendation text NOT NULL CHECK (recommendation IN ('grant','grant_with_conditions','refuse')),
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX suitability_check_application_idx ON suitability_check (application_id, date)`);

    await q.query(`
      CREATE TABLE permit_number_counter (
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        year integer NOT NULL,
        last_value integer NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, year)
      )`);

    await q.query(`
      CREATE TABLE permit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id),
        application_id uuid REFERENCES permit_application(id),
        kind text NOT NULL CHECK (kind IN ('initial','renewal','amendment')),
        status text NOT NULL CHECK (status IN ('draft','approved','issued','expired','revoked','superseded')),
        number text,
        number_year integer,
        number_seq integer,
        max_children integer NOT NULL CHECK (max_children BETWEEN 1 AND 9),
        reason_for_fewer_children text,
        rooms text[] NOT NULL DEFAULT '{}',
        conditions text[] NOT NULL DEFAULT '{}',
        care_location jsonb NOT NULL,
        holder jsonb NOT NULL,
        valid_from date NOT NULL,
        valid_until date NOT NULL,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        approved_by uuid REFERENCES app_user(id),
        approved_at timestamptz,
        issued_by uuid REFERENCES app_user(id),
        issued_at timestamptz,
        revoked_at timestamptz,
        revoked_on date,
        revoked_reason text,
        revoked_by uuid REFERENCES app_user(id),
        replaces_id uuid REFERENCES permit(id),
        superseded_by_id uuid REFERENCES permit(id),
        -- Snapshot of everything the PDF shows, taken when the permit is issued: the document of a
        -- permit version is rendered from this and nothing else, so it never changes afterwards.
        document_data jsonb,
        document_id uuid REFERENCES document(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (valid_until >= valid_from),
        CHECK (status IN ('draft','approved') OR number IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX permit_number_uq ON permit (tenant_id, number) WHERE number IS NOT NULL`);
    await q.query(`CREATE INDEX permit_childminder_idx ON permit (childminder_id, status)`);
    await q.query(`CREATE INDEX permit_register_idx ON permit (tenant_id, status, valid_until)`);

    await q.query(`
      CREATE TABLE permit_reminder (
        permit_id uuid NOT NULL REFERENCES permit(id),
        threshold text NOT NULL,
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (permit_id, threshold)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['permit_reminder', 'permit', 'permit_number_counter', 'suitability_check', 'permit_application']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
