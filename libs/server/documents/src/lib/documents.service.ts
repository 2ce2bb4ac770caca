import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UploadContentType } from '@lotse/shared/contracts';
import { AttachmentResolver } from '@lotse/server/core';
import { createHash } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { detectFileType, safeFileName } from './detect-file-type';
import { DocumentStorage } from './document-storage';
import { StoredDocument } from './stored-document.entity';
import { uploadErrors } from './upload-errors';

export interface NewDocument {
  tenantId: string;
  data: Buffer;
  originalName?: string;
  uploadedBy: string | null;
  purpose: string;
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** Accepted types (detected from the bytes); default PDF, JPEG, PNG. */
  accept?: readonly UploadContentType[];
}

/**
 * Stores documents: checks size and type (from the bytes), writes the `document` row and the
 * bytes, and keeps both in step. Callers run their own rows (links, audit, timeline) in the same
 * transaction; if anything fails, the row rolls back and so do the bytes (PostgreSQL driver: same
 * transaction; file system and S3: removed again), so a refused or failed upload leaves nothing.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
  ) {}

  /** Throws the German 4xx for an unacceptable file; returns the detected type otherwise. */
  check(input: Pick<NewDocument, 'data' | 'maxBytes' | 'accept'>): UploadContentType {
    if (!input.data || input.data.length === 0) throw uploadErrors.empty();
    if (input.data.length > input.maxBytes) throw uploadErrors.tooLarge(input.maxBytes);
    const type = detectFileType(input.data);
    const accept = input.accept ?? (['application/pdf', 'image/jpeg', 'image/png'] as const);
    if (!type || !accept.includes(type)) throw uploadErrors.wrongType();
    return type;
  }

  /**
   * Checks the file, then runs `work` in one transaction after the row is inserted and the bytes
   * are stored. Returns what `work` returns.
   */
  async storeWith<T>(input: NewDocument, work: (m: EntityManager, doc: StoredDocument) => Promise<T>): Promise<T> {
    const contentType = this.check(input);
    let stored: { tenantId: string; id: string } | null = null;
    try {
      return await this.dataSource.transaction(async (m) => {
        const repo = m.getRepository(StoredDocument);
        const doc = await repo.save(
          repo.create({
            tenantId: input.tenantId,
            contentType,
            sizeBytes: input.data.length,
            sha256: createHash('sha256').update(input.data).digest('hex'),
            fileName: safeFileName(input.originalName, contentType),
            purpose: input.purpose,
            uploadedBy: input.uploadedBy,
          }),
        );
        const result = await work(m, doc);
        // Bytes last, right before the commit: a failing `work` never touches the storage.
        await this.storage.put(doc.tenantId, doc.id, input.data, m);
        if (!this.storage.transactional) stored = { tenantId: doc.tenantId, id: doc.id };
        return result;
      });
    } catch (e) {
      const s = stored as { tenantId: string; id: string } | null;
      if (s) {
        await this.storage
          .delete(s.tenantId, s.id)
          .catch((err: unknown) => this.logger.error(`could not remove ${s.id} after a failed upload: ${String(err)}`));
      }
      throw e;
    }
  }

  /**
   * Deletes document rows inside the caller's transaction (links to them must be gone first) and
   * returns what removes the bytes: call it after the commit, so a rollback never loses a file
   * whose row survives. A failed removal is logged; the row is gone either way, so the worst case
   * is unreferenced bytes, never a row without its file. A transactional driver (PostgreSQL)
   * deletes the bytes in the transaction instead, and the returned function does nothing.
   */
  async removeWith(m: EntityManager, tenantId: string, ids: string[]): Promise<() => Promise<void>> {
    if (ids.length === 0) return async () => undefined;
    if (this.storage.transactional) {
      for (const id of ids) await this.storage.delete(tenantId, id, m);
      await m.getRepository(StoredDocument).delete({ tenantId, id: In(ids) });
      return async () => undefined;
    }
    await m.getRepository(StoredDocument).delete({ tenantId, id: In(ids) });
    return async () => {
      for (const id of ids) {
        await this.storage
          .delete(tenantId, id)
          .catch((err: unknown) => this.logger.error(`could not remove the bytes of deleted document ${id}: ${String(err)}`));
      }
    };
  }

  async find(tenantId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<StoredDocument | null> {
    return manager.getRepository(StoredDocument).findOne({ where: { id, tenantId } });
  }

  /** The document and its bytes; null when either is gone. */
  async load(
    tenantId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ doc: StoredDocument; data: Buffer } | null> {
    const doc = await this.find(tenantId, id, manager);
    if (!doc) return null;
    const data = await this.storage.get(tenantId, id, manager);
    return data ? { doc, data } : null;
  }
}

/** Lets mail jobs attach stored documents (e.g. permit PDFs, issue 4) by id. */
@Injectable()
export class DocumentAttachmentResolver extends AttachmentResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
  ) {
    super();
  }

  async load(documentId: string, tenantId: string | null): Promise<Buffer | null> {
    const rows: Array<{ tenant_id: string }> = await this.dataSource.query(`SELECT tenant_id FROM document WHERE id = $1`, [documentId]);
    const row = rows[0];
    if (!row || (tenantId !== null && row.tenant_id !== tenantId)) return null;
    return this.storage.get(row.tenant_id, documentId);
  }
}
