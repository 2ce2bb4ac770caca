import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A childminder withdraws her open permit application (who, when, optional reason), and a wrongly
 * recorded evidence item can be deleted. Reminders already sent for a deleted item stay recorded:
 * the row loses its item link (ON DELETE SET NULL instead of CASCADE) but keeps the evidence type.
 */
export class WithdrawAndCorrect1764300000000 implements MigrationInterface {
  name = 'WithdrawAndCorrect1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE permit_application
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by uuid REFERENCES app_user(id),
        ADD COLUMN withdrawal_reason text,
        ADD CONSTRAINT permit_application_withdrawn_chk CHECK (status <> 'withdrawn' OR withdrawn_at IS NOT NULL)`);

    await q.query(`ALTER TABLE evidence_reminder ADD COLUMN evidence_type text`);
    await q.query(`UPDATE evidence_reminder r SET evidence_type = i.type FROM evidence_item i WHERE i.id = r.evidence_item_id`);
    await q.query(`ALTER TABLE evidence_reminder ALTER COLUMN evidence_type SET NOT NULL`);
    await q.query(`ALTER TABLE evidence_reminder ALTER COLUMN evidence_item_id DROP NOT NULL`);
    await q.query(`ALTER TABLE evidence_reminder DROP CONSTRAINT evidence_reminder_evidence_item_id_fkey`);
    await q.query(
      `ALTER TABLE evidence_reminder ADD CONSTRAINT evidence_reminder_evidence_item_id_fkey FOREIGN KEY (evidence_item_id) REFERENCES evidence_item(id) ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM evidence_reminder WHERE evidence_item_id IS NULL`);
    await q.query(`ALTER TABLE evidence_reminder DROP CONSTRAINT evidence_reminder_evidence_item_id_fkey`);
    await q.query(
      `ALTER TABLE evidence_reminder ADD CONSTRAINT evidence_reminder_evidence_item_id_fkey FOREIGN KEY (evidence_item_id) REFERENCES evidence_item(id) ON DELETE CASCADE`,
    );
    await q.query(`ALTER TABLE evidence_reminder ALTER COLUMN evidence_item_id SET NOT NULL`);
    await q.query(`ALTER TABLE evidence_reminder DROP COLUMN evidence_type`);
    await q.query(`ALTER TABLE permit_application DROP CONSTRAINT permit_application_withdrawn_chk`);
    await q.query(`ALTER TABLE permit_application DROP COLUMN withdrawal_reason, DROP COLUMN withdrawn_by, DROP COLUMN withdrawn_at`);
  }
}
