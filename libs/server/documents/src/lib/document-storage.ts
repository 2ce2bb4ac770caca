/**
 * Where document bytes live. The metadata (type, size, SHA-256, who uploaded) is a `document`
 * row; the bytes go through this interface so another driver (S3, a DMS) can replace the file
 * system without touching the features (evidence uploads now, permit PDFs in issue 4).
 */
export abstract class DocumentStorage {
  /** Stores the bytes; overwrites nothing (ids are fresh uuids). */
  abstract put(tenantId: string, documentId: string, data: Buffer): Promise<void>;
  /** The bytes, or null when they are gone. */
  abstract get(tenantId: string, documentId: string): Promise<Buffer | null>;
  /** Removes the bytes; no error when they are already gone. */
  abstract delete(tenantId: string, documentId: string): Promise<void>;
  abstract exists(tenantId: string, documentId: string): Promise<boolean>;
}
