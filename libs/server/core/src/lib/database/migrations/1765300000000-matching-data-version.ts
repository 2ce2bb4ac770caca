import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows are matching input (docs/matching.md, "Suggestions through the API"). */
const TENANT_TABLES = ['vacancy', 'placement', 'permit', 'childminder', 'care_request', 'child', 'evidence_item'];

/**
 * Issue 13: a per-office version of the matching input. Every committed write to a table the
 * matching instance is built from (vacancies, placements, permits, childminder profile and status,
 * care requests, children, qualification evidence, the office's settings) bumps
 * `matching_data_version.version` of its office **in the same transaction** — by database triggers,
 * so no write path (and no future one) can forget it. The API caches one suggestion engine per
 * office and rebuilds it when the version differs: one indexed read per request instead of seven
 * aggregates.
 *
 * The triggers are deferred constraint triggers: the version row is locked only at commit (after
 * every other lock of the transaction), which keeps writers of one office from deadlocking on it;
 * a transaction-local setting makes it one bump per office and transaction, however many rows.
 */
export class MatchingDataVersion1765300000000 implements MigrationInterface {
  name = 'MatchingDataVersion1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matching_data_version (
        tenant_id uuid PRIMARY KEY,
        version bigint NOT NULL DEFAULT 1,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE FUNCTION bump_matching_data_version(t uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE key text := 'lotse_mdv.t' || replace(t::text, '-', '');
      BEGIN
        IF t IS NULL OR current_setting(key, true) = '1' THEN RETURN; END IF;
        PERFORM set_config(key, '1', true);
        INSERT INTO matching_data_version AS v (tenant_id) VALUES (t)
          ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1, changed_at = now();
      END $$`);
    await q.query(`
      CREATE FUNCTION matching_input_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM bump_matching_data_version(OLD.tenant_id); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM bump_matching_data_version(NEW.tenant_id); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION matching_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM bump_matching_data_version(OLD.id); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM bump_matching_data_version(NEW.id); END IF;
        RETURN NULL;
      END $$`);
    for (const t of TENANT_TABLES) {
      await q.query(
        `CREATE CONSTRAINT TRIGGER ${t}_matching_input AFTER INSERT OR UPDATE OR DELETE ON ${t} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_input_changed()`,
      );
    }
    await q.query(
      `CREATE CONSTRAINT TRIGGER tenant_matching_input AFTER INSERT OR UPDATE OR DELETE ON tenant DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_settings_changed()`,
    );
    await q.query(`INSERT INTO matching_data_version (tenant_id) SELECT id FROM tenant`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [...TENANT_TABLES, 'tenant']) await q.query(`DROP TRIGGER IF EXISTS ${t}_matching_input ON ${t}`);
    await q.query(`DROP FUNCTION IF EXISTS matching_settings_changed()`);
    await q.query(`DROP FUNCTION IF EXISTS matching_input_changed()`);
    await q.query(`DROP FUNCTION IF EXISTS bump_matching_data_version(uuid)`);
    await q.query(`DROP TABLE IF EXISTS matching_data_version`);
  }
}
