import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 (hardening): one table for every one-time link (password reset, e-mail verification,
 * e-mail change). A row keeps a random `nonce`; the token in the link is derived from it with a
 * server secret (HMAC) and only the token's SHA-256 is stored, so neither the database nor the
 * outbox/queue (which carry only the row id) hold a working link. Legacy reset rows (no nonce)
 * stay valid until they expire. New accounts from the public registration start unverified
 * (`email_verified_at` NULL); every existing account and every account staff create count as
 * verified (column default). A new role `operator` runs the installation (queue dashboard).
 */
export class OneTimeLinks1764650000000 implements MigrationInterface {
  name = 'OneTimeLinks1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE password_reset_token RENAME TO one_time_token`);
    await q.query(`ALTER INDEX password_reset_token_hash_uq RENAME TO one_time_token_hash_uq`);
    await q.query(`ALTER INDEX password_reset_token_open_idx RENAME TO one_time_token_open_idx`);
    await q.query(`ALTER INDEX password_reset_token_expires_idx RENAME TO one_time_token_expires_idx`);
    await q.query(`ALTER TABLE one_time_token RENAME CONSTRAINT password_reset_token_expiry_chk TO one_time_token_expiry_chk`);
    await q.query(`
      ALTER TABLE one_time_token
        ADD COLUMN purpose text NOT NULL DEFAULT 'password-reset' CHECK (purpose IN ('password-reset','email-verify','email-change')),
        ADD COLUMN nonce text CHECK (nonce ~ '^[A-Za-z0-9_-]{43}$'),
        ADD COLUMN new_email text,
        ADD CONSTRAINT one_time_token_new_email_chk CHECK ((purpose = 'email-change') = (new_email IS NOT NULL))`);
    await q.query(`ALTER TABLE one_time_token ALTER COLUMN purpose DROP DEFAULT`);
    await q.query(`ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz DEFAULT now()`);
    await q.query(`UPDATE app_user SET email_verified_at = created_at WHERE email_verified_at IS NULL`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin','advisor','childminder','parent','operator'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM app_user WHERE role = 'operator'`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin','advisor','childminder','parent'))`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email_verified_at`);
    await q.query(`DELETE FROM one_time_token WHERE purpose <> 'password-reset' OR nonce IS NOT NULL`);
    await q.query(
      `ALTER TABLE one_time_token DROP CONSTRAINT one_time_token_new_email_chk, DROP COLUMN new_email, DROP COLUMN nonce, DROP COLUMN purpose`,
    );
    await q.query(`ALTER TABLE one_time_token RENAME CONSTRAINT one_time_token_expiry_chk TO password_reset_token_expiry_chk`);
    await q.query(`ALTER INDEX one_time_token_expires_idx RENAME TO password_reset_token_expires_idx`);
    await q.query(`ALTER INDEX one_time_token_open_idx RENAME TO password_reset_token_open_idx`);
    await q.query(`ALTER INDEX one_time_token_hash_uq RENAME TO password_reset_token_hash_uq`);
    await q.query(`ALTER TABLE one_time_token RENAME TO password_reset_token`);
  }
}
