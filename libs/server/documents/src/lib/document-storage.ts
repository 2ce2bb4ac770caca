import type { DocumentStorageKind } from '@lotse/server/core';
import type { EntityManager } from 'typeorm';

/**
 * Where document bytes live. The metadata (type, size, SHA-256, who uploaded) is a `document`
 * row; the bytes go through this interface. Drivers (`DOCUMENT_STORAGE`): `postgres` (default,
 * table `document_content`), `s3` (S3-compatible object storage) and `filesystem`
 * (`DATA_DIR/documents`, for `npm start` on one machine — not shared between replicas).
 *
 * `manager` is the caller's transaction. A `transactional` driver writes and deletes through it, so
 * the bytes commit and roll back with the row; the others ignore it, and `DocumentsService` removes
 * their bytes again when the transaction fails.
 */
export abstract class DocumentStorage {
  abstract readonly kind: DocumentStorageKind;
  abstract readonly transactional: boolean;
  /** Stores the bytes under (tenant, id), replacing what is there (ids are fresh uuids; the migration command rewrites). */
  abstract put(tenantId: string, documentId: string, data: Buffer, manager?: EntityManager): Promise<void>;
  /** The bytes, or null when they are gone. */
  abstract get(tenantId: string, documentId: string, manager?: EntityManager): Promise<Buffer | null>;
  /** Removes the bytes; no error when they are already gone. */
  abstract delete(tenantId: string, documentId: string, manager?: EntityManager): Promise<void>;
  abstract exists(tenantId: string, documentId: string): Promise<boolean>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only uuids form paths and object keys, so no input can address anything else. */
export function assertDocumentIds(tenantId: string, documentId: string): void {
  if (!UUID.test(tenantId) || !UUID.test(documentId)) throw new Error('document storage: ids must be uuids');
}
