import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, permit and evidence rules brought in line with the law (docs/permits.md, docs/childminders.md):
 * - "no older than 3 months" counts calendar months: `evidence_rule.max_age_days_at_submission`
 *   becomes `max_age_months_at_submission` (92 days → 3 months; other values rounded to months, at least 1);
 * - measles protection applies to those born after 31 December 1970: `born_1970_or_later` → `born_after_1970`;
 * - only checked evidence counts: `evidence_item.checked` (recorded by staff or the system, a
 *   confirmed document, or the original inspected: `confirmed_by`/`confirmed_at`);
 * - ending a file ends its permit on that day: permit status `ended` with `ended_on`.
 */
export class PermitRules1764700000000 implements MigrationInterface {
  name = 'PermitRules1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_rule RENAME COLUMN max_age_days_at_submission TO max_age_months_at_submission`);
    await q.query(
      `UPDATE evidence_rule SET max_age_months_at_submission = greatest(1, round(max_age_months_at_submission / 30.4375)::int), updated_at = now(), version = version + 1
        WHERE max_age_months_at_submission IS NOT NULL`,
    );
    await q.query(`ALTER TABLE evidence_rule DROP CONSTRAINT evidence_rule_applies_to_check`);
    await q.query(
      `UPDATE evidence_rule SET applies_to = 'born_after_1970', updated_at = now(), version = version + 1 WHERE applies_to = 'born_1970_or_later'`,
    );
    await q.query(
      `ALTER TABLE evidence_rule ADD CONSTRAINT evidence_rule_applies_to_check CHECK (applies_to IN ('all','born_after_1970'))`,
    );

    await q.query(`
      ALTER TABLE evidence_item
        ADD COLUMN checked boolean NOT NULL DEFAULT false,
        ADD COLUMN confirmed_by uuid REFERENCES app_user(id),
        ADD COLUMN confirmed_at timestamptz`);
    await q.query(`
      UPDATE evidence_item i SET checked = true
       WHERE i.recorded_by IS NULL
          OR EXISTS (SELECT 1 FROM app_user u WHERE u.id = i.recorded_by AND u.role IN ('advisor','admin'))
          OR EXISTS (SELECT 1 FROM evidence_document d WHERE d.evidence_item_id = i.id AND d.status = 'confirmed')`);

    await q.query(`ALTER TABLE permit DROP CONSTRAINT permit_status_check`);
    await q.query(
      `ALTER TABLE permit ADD CONSTRAINT permit_status_check CHECK (status IN ('draft','approved','issued','expired','revoked','superseded','ended'))`,
    );
    await q.query(
      `ALTER TABLE permit ADD COLUMN ended_on date, ADD CONSTRAINT permit_ended_chk CHECK (status <> 'ended' OR ended_on IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE permit DROP CONSTRAINT permit_ended_chk, DROP COLUMN ended_on`);
    await q.query(`UPDATE permit SET status = 'expired' WHERE status = 'ended'`);
    await q.query(`ALTER TABLE permit DROP CONSTRAINT permit_status_check`);
    await q.query(
      `ALTER TABLE permit ADD CONSTRAINT permit_status_check CHECK (status IN ('draft','approved','issued','expired','revoked','superseded'))`,
    );
    await q.query(`ALTER TABLE evidence_item DROP COLUMN confirmed_at, DROP COLUMN confirmed_by, DROP COLUMN checked`);
    await q.query(`ALTER TABLE evidence_rule DROP CONSTRAINT evidence_rule_applies_to_check`);
    await q.query(`UPDATE evidence_rule SET applies_to = 'born_1970_or_later' WHERE applies_to = 'born_after_1970'`);
    await q.query(
      `ALTER TABLE evidence_rule ADD CONSTRAINT evidence_rule_applies_to_check CHECK (applies_to IN ('all','born_1970_or_later'))`,
    );
    await q.query(`UPDATE evidence_rule SET max_age_months_at_submission = CASE WHEN max_age_months_at_submission = 3 THEN 92 ELSE max_age_months_at_submission * 31 END
                    WHERE max_age_months_at_submission IS NOT NULL`);
    await q.query(`ALTER TABLE evidence_rule RENAME COLUMN max_age_months_at_submission TO max_age_days_at_submission`);
  }
}
