import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lotse/server/core';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DocumentStorage } from './document-storage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * File-system driver: `${DATA_DIR}/documents/<tenant>/<id>`. Only uuids form the path, so no
 * input can reach outside the directory. Writes go to a temporary name first and are renamed,
 * so a crash never leaves half a file under a document's id.
 */
@Injectable()
export class FsDocumentStorage extends DocumentStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = resolve(config.DATA_DIR, 'documents');
  }

  private path(tenantId: string, documentId: string): string {
    if (!UUID.test(tenantId) || !UUID.test(documentId)) throw new Error('document storage: ids must be uuids');
    return join(this.root, tenantId.toLowerCase(), documentId.toLowerCase());
  }

  async put(tenantId: string, documentId: string, data: Buffer): Promise<void> {
    const target = this.path(tenantId, documentId);
    await mkdir(join(this.root, tenantId.toLowerCase()), { recursive: true, mode: 0o700 });
    const tmp = `${target}.${randomUUID()}.part`;
    try {
      await writeFile(tmp, data, { mode: 0o600, flag: 'wx' });
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async get(tenantId: string, documentId: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(tenantId, documentId));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(tenantId: string, documentId: string): Promise<void> {
    await rm(this.path(tenantId, documentId), { force: true });
  }

  async exists(tenantId: string, documentId: string): Promise<boolean> {
    try {
      return (await stat(this.path(tenantId, documentId))).isFile();
    } catch {
      return false;
    }
  }
}
