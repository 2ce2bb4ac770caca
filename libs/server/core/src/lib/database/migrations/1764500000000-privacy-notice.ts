import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KAMEN_PRIVACY_NOTICE } from '../../seed/kamen';

/**
 * The registration page shows the office's own privacy notice (`tenant.settings.privacy`). Kamen,
 * seeded before the notice existed, gets its German text here; a fresh installation gets it from
 * the seed (which runs after the migrations), so reusing the seed's constant changes nothing for
 * a database that already ran this. Other tenants fall back to defaults built from their office data.
 */
export class PrivacyNotice1764500000000 implements MigrationInterface {
  name = 'PrivacyNotice1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE tenant SET settings = jsonb_set(settings, '{privacy}', $1::jsonb), version = version + 1, updated_at = now()
        WHERE slug = 'kamen' AND settings->'privacy' IS NULL`,
      [JSON.stringify(KAMEN_PRIVACY_NOTICE)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE tenant SET settings = settings - 'privacy', version = version + 1, updated_at = now() WHERE slug = 'kamen' AND settings ? 'privacy'`,
    );
  }
}
