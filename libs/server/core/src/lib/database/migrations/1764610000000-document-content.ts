import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bytes of documents for `DOCUMENT_STORAGE=postgres` (the default): one row per `document`,
 * written in the same transaction as the metadata row, so every API and worker replica sees the
 * same files and a rolled-back upload leaves nothing. Deleting the `document` row deletes the bytes.
 * PDFs, JPEGs and PNGs are compressed already: `STORAGE EXTERNAL` keeps them out of line in TOAST
 * without another (useless) compression attempt.
 */
export class DocumentContent1764610000000 implements MigrationInterface {
  name = 'DocumentContent1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_content (
        document_id uuid PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE document_content ALTER COLUMN bytes SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX document_content_tenant_idx ON document_content (tenant_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_content`);
  }
}
