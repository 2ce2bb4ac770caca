import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: which qualification applies is decided per person. The advisor records the variant
 * (standard QHB, pedagogical professional 80 UE, older DJI curriculum) with a reason, who and when.
 */
export class QualificationVariant1764700000001 implements MigrationInterface {
  name = 'QualificationVariant1764700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE childminder
        ADD COLUMN qualification_variant text NOT NULL DEFAULT 'standard'
          CHECK (qualification_variant IN ('standard','pedagogical_professional','dji_legacy')),
        ADD COLUMN qualification_variant_reason text,
        ADD COLUMN qualification_variant_set_by uuid REFERENCES app_user(id),
        ADD COLUMN qualification_variant_set_at timestamptz,
        ADD CONSTRAINT childminder_qualification_variant_reason_chk
          CHECK (qualification_variant = 'standard' OR qualification_variant_reason IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE childminder
        DROP CONSTRAINT childminder_qualification_variant_reason_chk,
        DROP COLUMN qualification_variant_set_at,
        DROP COLUMN qualification_variant_set_by,
        DROP COLUMN qualification_variant_reason,
        DROP COLUMN qualification_variant`);
  }
}
