import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching half: children's measles proof, parents' care requests, childminders' vacancies,
 * proposals and placements. One open request per child is a unique index, so two parallel submits
 * cannot both succeed; placements are only written under a row lock on the childminder.
 */
export class CareAndPlacements1764800000000 implements MigrationInterface {
  name = 'CareAndPlacements1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE child
        ADD COLUMN measles_proof text NOT NULL DEFAULT 'missing' CHECK (measles_proof IN ('missing', 'declared', 'recorded')),
        ADD COLUMN measles_proof_recorded_at timestamptz,
        ADD COLUMN measles_proof_recorded_by uuid REFERENCES app_user(id)`);

    await q.query(`
      CREATE TABLE care_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        child_id uuid NOT NULL REFERENCES child(id),
        parent_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL CHECK (status IN ('submitted', 'in_review', 'proposal', 'placed', 'withdrawn', 'closed')),
        desired_start date NOT NULL,
        schedule jsonb NOT NULL,
        weekly_minutes integer NOT NULL CHECK (weekly_minutes > 0),
        street text NOT NULL,
        postcode text NOT NULL,
        city text NOT NULL,
        district text NOT NULL,
        max_distance_km integer NOT NULL CHECK (max_distance_km BETWEEN 1 AND 50),
        needs jsonb NOT NULL,
        wishes jsonb NOT NULL,
        notes text,
        age_at_start_months integer NOT NULL,
        entitled boolean NOT NULL,
        submitted_at timestamptz NOT NULL,
        entered_by uuid REFERENCES app_user(id),
        reviewed_by uuid REFERENCES app_user(id),
        closed_at timestamptz,
        closed_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      `CREATE UNIQUE INDEX care_request_one_open_per_child ON care_request (child_id) WHERE status IN ('submitted', 'in_review', 'proposal')`,
    );
    await q.query(`CREATE INDEX care_request_queue ON care_request (tenant_id, status, submitted_at)`);
    await q.query(`CREATE INDEX care_request_parent ON care_request (parent_id)`);

    await q.query(`
      CREATE TABLE vacancy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id),
        from_date date NOT NULL,
        schedule jsonb NOT NULL,
        ages_from_months integer NOT NULL,
        ages_to_months integer NOT NULL CHECK (ages_to_months >= ages_from_months),
        places integer NOT NULL CHECK (places BETWEEN 1 AND 5),
        note text,
        confirmed_at timestamptz NOT NULL,
        -- When the 30-day reminder and the 40-day notice went out for the current confirmation
        -- (reset by confirming): once each, also after old outbox rows are pruned.
        confirm_reminded_at timestamptz,
        hidden_notified_at timestamptz,
        withdrawn_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX vacancy_childminder ON vacancy (childminder_id)`);
    await q.query(`CREATE INDEX vacancy_open ON vacancy (tenant_id, confirmed_at) WHERE withdrawn_at IS NULL`);

    await q.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        care_request_id uuid NOT NULL REFERENCES care_request(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id),
        status text NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'withdrawn')),
        start_on date NOT NULL,
        schedule jsonb NOT NULL,
        settling_in_weeks integer NOT NULL CHECK (settling_in_weeks BETWEEN 1 AND 8),
        note text,
        proposed_by uuid NOT NULL REFERENCES app_user(id),
        parent_answer text CHECK (parent_answer IN ('accept', 'decline')),
        parent_reason text,
        parent_answered_at timestamptz,
        childminder_answer text CHECK (childminder_answer IN ('accept', 'decline')),
        childminder_reason text,
        childminder_answered_at timestamptz,
        closed_reason text,
        placement_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX proposal_one_open_per_pair ON proposal (care_request_id, childminder_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX proposal_childminder ON proposal (childminder_id, status)`);

    await q.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        child_id uuid NOT NULL REFERENCES child(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id),
        care_request_id uuid REFERENCES care_request(id),
        proposal_id uuid REFERENCES proposal(id),
        start_on date NOT NULL,
        settling_in_until date NOT NULL,
        end_on date,
        end_reason text,
        schedule jsonb NOT NULL,
        weekly_minutes integer NOT NULL CHECK (weekly_minutes > 0),
        created_by uuid REFERENCES app_user(id),
        -- The missing-measles-proof reminder went out (once per placement).
        measles_reminded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (end_on IS NULL OR end_on >= start_on)
      )`);
    await q.query(`CREATE INDEX placement_childminder ON placement (childminder_id, start_on)`);
    await q.query(`CREATE INDEX placement_child ON placement (child_id)`);
    await q.query(`CREATE UNIQUE INDEX placement_per_proposal ON placement (proposal_id) WHERE proposal_id IS NOT NULL`);
    await q.query(`ALTER TABLE proposal ADD CONSTRAINT proposal_placement_fk FOREIGN KEY (placement_id) REFERENCES placement(id)`);

    // A batch matching run (issue 13): planned by an advisor, computed by the worker, reviewed.
    await q.query(`
      CREATE TABLE matching_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        seed integer NOT NULL,
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        instance_hash text,
        result jsonb,
        summary jsonb,
        error text,
        started_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX matching_run_tenant ON matching_run (tenant_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE matching_run`);
    await q.query(`ALTER TABLE proposal DROP CONSTRAINT proposal_placement_fk`);
    await q.query(`DROP TABLE placement`);
    await q.query(`DROP TABLE proposal`);
    await q.query(`DROP TABLE vacancy`);
    await q.query(`DROP TABLE care_request`);
    await q.query(
      `ALTER TABLE child DROP COLUMN measles_proof_recorded_by, DROP COLUMN measles_proof_recorded_at, DROP COLUMN measles_proof`,
    );
  }
}
