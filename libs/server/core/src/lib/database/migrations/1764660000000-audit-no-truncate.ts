import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log refused UPDATE and DELETE row by row; TRUNCATE fires no row triggers and emptied it
 * in one statement. A statement trigger closes that gap. (That the application cannot drop the
 * triggers is the job of the database roles: see docs/architecture.md, "Database roles".)
 */
export class AuditNoTruncate1764660000000 implements MigrationInterface {
  name = 'AuditNoTruncate1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event`);
  }
}
