import type { DataSource, EntityManager } from 'typeorm';
import { assertDocumentIds, DocumentStorage } from './document-storage';

/**
 * PostgreSQL driver (the default): the bytes in `document_content` (bytea), one row per document.
 * Written and deleted through the caller's EntityManager, i.e. in the transaction that writes the
 * `document` row: a rolled-back upload leaves nothing, and every replica that reaches the database
 * reads the same bytes. `ON DELETE CASCADE` removes the bytes with the `document` row.
 *
 * Documents are at most UPLOAD_MAX_BYTES (10 MB by default) and are read whole, like the other drivers.
 */
export class PgDocumentStorage extends DocumentStorage {
  readonly kind = 'postgres';
  readonly transactional = true;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async put(tenantId: string, documentId: string, data: Buffer, manager: EntityManager = this.dataSource.manager): Promise<void> {
    assertDocumentIds(tenantId, documentId);
    await manager.query(
      `INSERT INTO document_content (document_id, tenant_id, bytes) VALUES ($1, $2, $3)
       ON CONFLICT (document_id) DO UPDATE SET bytes = EXCLUDED.bytes WHERE document_content.tenant_id = EXCLUDED.tenant_id`,
      [documentId, tenantId, data],
    );
  }

  async get(tenantId: string, documentId: string, manager: EntityManager = this.dataSource.manager): Promise<Buffer | null> {
    assertDocumentIds(tenantId, documentId);
    const rows: Array<{ bytes: Buffer }> = await manager.query(
      `SELECT bytes FROM document_content WHERE document_id = $1 AND tenant_id = $2`,
      [documentId, tenantId],
    );
    return rows[0]?.bytes ?? null;
  }

  async delete(tenantId: string, documentId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    assertDocumentIds(tenantId, documentId);
    await manager.query(`DELETE FROM document_content WHERE document_id = $1 AND tenant_id = $2`, [documentId, tenantId]);
  }

  async exists(tenantId: string, documentId: string): Promise<boolean> {
    assertDocumentIds(tenantId, documentId);
    const rows = await this.dataSource.query(`SELECT 1 FROM document_content WHERE document_id = $1 AND tenant_id = $2`, [
      documentId,
      tenantId,
    ]);
    return rows.length > 0;
  }
}
