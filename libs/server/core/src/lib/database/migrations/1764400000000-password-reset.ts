import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Passwort vergessen": one row per reset link. Only the SHA-256 hash of the token is stored, so a
 * copy of the database does not give working links. A token is open while unused, not invalidated
 * (by a newer request) and not expired.
 */
export class PasswordReset1764400000000 implements MigrationInterface {
  name = 'PasswordReset1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        invalidated_at timestamptz,
        CONSTRAINT password_reset_token_expiry_chk CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX password_reset_token_hash_uq ON password_reset_token (token_hash)`);
    await q.query(
      `CREATE INDEX password_reset_token_open_idx ON password_reset_token (user_id) WHERE used_at IS NULL AND invalidated_at IS NULL`,
    );
    await q.query(`CREATE INDEX password_reset_token_expires_idx ON password_reset_token (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS password_reset_token`);
  }
}
