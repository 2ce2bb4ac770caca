import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, § 43 Abs. 3 S. 6 SGB VIII: an important event (move, change of the care location,
 * adults in the household, illness, end of care, other) opens a re-check task in the advisors'
 * worklist — reported by the childminder or found in a profile change — closed with its outcome.
 */
export class RecheckTasks1764700000002 implements MigrationInterface {
  name = 'RecheckTasks1764700000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recheck_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        childminder_id uuid NOT NULL REFERENCES childminder(id),
        source text NOT NULL CHECK (source IN ('profile_change','report')),
        event text NOT NULL CHECK (event IN ('move','care_location','household','illness','end_of_care','other')),
        description text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
        outcome text CHECK (outcome IN ('amendment_started','no_change_needed','permit_revoked','other')),
        outcome_note text,
        opened_by uuid REFERENCES app_user(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES app_user(id),
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (status = 'open' OR (outcome IS NOT NULL AND closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX recheck_task_worklist_idx ON recheck_task (tenant_id, status, opened_at)`);
    await q.query(`CREATE INDEX recheck_task_childminder_idx ON recheck_task (childminder_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recheck_task`);
  }
}
