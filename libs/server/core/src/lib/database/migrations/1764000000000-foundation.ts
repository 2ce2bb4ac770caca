import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants, users, sessions, children, the append-only audit log, the outbox and mail deliveries. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        state text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        email text NOT NULL,
        password_hash text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        phone text,
        role text NOT NULL CHECK (role IN ('admin','advisor','childminder','parent')),
        locale text NOT NULL DEFAULT 'de' CHECK (locale IN ('de','en')),
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_tenant_role_idx ON app_user (tenant_id, role, last_name)`);
    // Schema of connect-pg-simple, created here so that the app never creates tables itself.
    await q.query(`
      CREATE TABLE http_session (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await q.query(`CREATE INDEX http_session_expire_idx ON http_session (expire)`);
    await q.query(`
      CREATE TABLE child (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        parent_id uuid NOT NULL REFERENCES app_user(id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        date_of_birth date NOT NULL,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX child_tenant_parent_idx ON child (tenant_id, parent_id)`);
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid REFERENCES tenant(id),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        target_type text,
        target_id text,
        outcome text NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok','denied')),
        ip text,
        details jsonb
      )`);
    await q.query(`CREATE INDEX audit_event_tenant_time_idx ON audit_event (tenant_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_event_target_idx ON audit_event (target_id)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at DESC)`);
    // Append-only: the database itself refuses to change or delete audit entries.
    await q.query(`
      CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_immutable()`);
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid REFERENCES tenant(id),
        queue text NOT NULL,
        name text NOT NULL,
        payload jsonb NOT NULL,
        job_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        available_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (available_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE mail_delivery (
        job_id text PRIMARY KEY,
        tenant_id uuid REFERENCES tenant(id),
        recipient text NOT NULL,
        subject text NOT NULL,
        message_id text,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['mail_delivery', 'outbox', 'audit_event', 'child', 'http_session', 'app_user', 'tenant']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_event_immutable()`);
  }
}
