import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3: childminders' files, evidence (rules per tenant, items, reminders), documents and the
 * timeline. Indexes follow the advisor list filters and the daily reminder scan (EXPLAIN-checked
 * with tests/bench/childminder-list.bench.ts at 20,000 files × 10 items).
 */
export class Childminders1764100000000 implements MigrationInterface {
  name = 'Childminders1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE childminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        user_id uuid UNIQUE REFERENCES app_user(id),
        status text NOT NULL DEFAULT 'interested'
          CHECK (status IN ('interested','applicant','in_qualification','suitability_check','active','paused','ended')),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        first_name text NOT NULL,
        last_name text NOT NULL,
        date_of_birth date NOT NULL,
        email text,
        phone text,
        street text NOT NULL,
        postcode text NOT NULL CHECK (postcode ~ '^[0-9]{5}$'),
        city text NOT NULL,
        district text NOT NULL,
        care_location_type text NOT NULL DEFAULT 'own_home' CHECK (care_location_type IN ('own_home','other_rooms','large_day_care')),
        care_site_name text,
        care_street text,
        care_postcode text,
        care_city text,
        languages text[] NOT NULL DEFAULT '{}',
        pets text,
        smoking_household boolean NOT NULL DEFAULT false,
        nutrition text,
        pedagogical_focus text,
        ages_from_months integer,
        ages_to_months integer,
        weekly_times jsonb NOT NULL DEFAULT '[]',
        adult_household_members text[] NOT NULL DEFAULT '{}',
        -- Earliest expiry of the current acceptable evidence (kept by the service): sort "nextExpiry".
        next_expiry_on date,
        -- Last day on which every mandatory entry (incl. household members' certificates) is valid:
        -- '-infinity' while one is missing, NULL when nothing mandatory expires. Static like
        -- next_expiry_on, so "missing evidence today" is an index condition: < today.
        evidence_valid_until date,
        -- Set once the person was ever active: decides when good-conduct data must be deleted.
        was_active boolean NOT NULL DEFAULT false,
        ended_on date,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX childminder_tenant_status_idx ON childminder (tenant_id, status)`);
    await q.query(`CREATE INDEX childminder_tenant_district_idx ON childminder (tenant_id, district)`);
    await q.query(`CREATE INDEX childminder_tenant_name_idx ON childminder (tenant_id, lower(last_name), lower(first_name), id)`);
    await q.query(`CREATE INDEX childminder_tenant_next_expiry_idx ON childminder (tenant_id, next_expiry_on)`);
    await q.query(`CREATE INDEX childminder_tenant_valid_until_idx ON childminder (tenant_id, evidence_valid_until)`);
    await q.query(`CREATE INDEX childminder_tenant_created_idx ON childminder (tenant_id, created_at)`);
    // Lets counts over a tenant's files with a semi-join run as index-only scans.
    await q.query(`CREATE INDEX childminder_tenant_id_idx ON childminder (tenant_id, id)`);
    await q.query(`CREATE INDEX childminder_ended_idx ON childminder (ended_on) WHERE status = 'ended'`);

    await q.query(`
      CREATE TABLE evidence_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        type text NOT NULL,
        mandatory boolean NOT NULL,
        validity_months integer CHECK (validity_months > 0),
        max_age_days_at_submission integer CHECK (max_age_days_at_submission > 0),
        units_required integer CHECK (units_required > 0),
        warning_days integer NOT NULL CHECK (warning_days >= 0),
        applies_to text NOT NULL CHECK (applies_to IN ('all','born_1970_or_later')),
        upload_allowed boolean NOT NULL,
        per_household_member boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, type)
      )`);

    await q.query(`
      CREATE TABLE evidence_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id) ON DELETE CASCADE,
        type text NOT NULL,
        -- null = the childminder; else an adult household member (good conduct). person_key = lower(trim(name)) or ''.
        person_name text,
        person_key text NOT NULL DEFAULT '',
        date date NOT NULL,
        submitted_on date,
        units integer,
        note text,
        relevant_conviction boolean,
        inspected_by uuid REFERENCES app_user(id),
        inspected_at timestamptz,
        -- Computed from the tenant's rule and STORED (recomputed on rule change) so lists can filter by index.
        expires_on date,
        warn_from date,
        acceptable boolean NOT NULL,
        unacceptable_reason text,
        current boolean NOT NULL DEFAULT false,
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX evidence_item_current_uq ON evidence_item (childminder_id, type, person_key) WHERE current`);
    await q.query(`CREATE INDEX evidence_item_childminder_idx ON evidence_item (childminder_id, type, person_key, date DESC)`);
    // Advisor list "expiring within N days" and the reminders list.
    await q.query(
      `CREATE INDEX evidence_item_tenant_expiry_idx ON evidence_item (tenant_id, expires_on, childminder_id) WHERE current AND acceptable`,
    );
    // Daily reminder scan: items whose warning window has begun.
    await q.query(
      `CREATE INDEX evidence_item_warn_idx ON evidence_item (warn_from) WHERE current AND acceptable AND warn_from IS NOT NULL`,
    );
    // Rule change: recompute the tenant's items of one type.
    await q.query(`CREATE INDEX evidence_item_tenant_type_idx ON evidence_item (tenant_id, type)`);

    await q.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        file_name text NOT NULL,
        purpose text NOT NULL,
        uploaded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX document_tenant_idx ON document (tenant_id, created_at)`);

    await q.query(`
      CREATE TABLE evidence_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id) ON DELETE CASCADE,
        evidence_item_id uuid NOT NULL REFERENCES evidence_item(id) ON DELETE CASCADE,
        document_id uuid NOT NULL UNIQUE REFERENCES document(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed','rejected')),
        review_reason text,
        reviewed_by uuid REFERENCES app_user(id),
        reviewed_at timestamptz,
        uploaded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (status <> 'rejected' OR review_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX evidence_document_item_idx ON evidence_document (evidence_item_id)`);
    await q.query(`CREATE INDEX evidence_document_childminder_idx ON evidence_document (childminder_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE evidence_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id) ON DELETE CASCADE,
        evidence_item_id uuid NOT NULL REFERENCES evidence_item(id) ON DELETE CASCADE,
        threshold text NOT NULL CHECK (threshold IN ('expiring','expired')),
        expires_on date NOT NULL,
        recipient text,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- "Once per item and threshold", even with two scans at the same time.
        UNIQUE (evidence_item_id, threshold)
      )`);

    await q.query(`
      CREATE TABLE childminder_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        -- Order of events within one instant (several events of one transaction share occurred_at).
        seq bigint GENERATED ALWAYS AS IDENTITY,
        actor_id uuid REFERENCES app_user(id),
        type text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX childminder_event_timeline_idx ON childminder_event (childminder_id, occurred_at DESC, seq DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'childminder_event',
      'evidence_reminder',
      'evidence_document',
      'document',
      'evidence_item',
      'evidence_rule',
      'childminder',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
