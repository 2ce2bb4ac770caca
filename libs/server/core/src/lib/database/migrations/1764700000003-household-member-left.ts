import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, § 72a Abs. 5 SGB VIII: a household member's certificate data are deleted 3 months after
 * he or she left the household. `person_left_on` is set when the name leaves the profile (cleared
 * when it returns); the daily purge deletes from it.
 */
export class HouseholdMemberLeft1764700000003 implements MigrationInterface {
  name = 'HouseholdMemberLeft1764700000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_item ADD COLUMN person_left_on date`);
    await q.query(`CREATE INDEX evidence_item_person_left_idx ON evidence_item (person_left_on) WHERE person_left_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_item DROP COLUMN person_left_on`);
  }
}
