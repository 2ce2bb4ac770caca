import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assertDocumentIds, DocumentStorage } from './document-storage';

/**
 * File-system driver: `${DATA_DIR}/documents/<tenant>/<id>`. Only uuids form the path, so no
 * input can reach outside the directory. Writes go to a temporary name first and are renamed,
 * so a crash never leaves half a file under a document's id.
 *
 * The directory belongs to one machine: with several API or worker replicas, each sees only what
 * it wrote itself. `npm start` uses it; deployments use `postgres` or `s3`.
 */
export class FsDocumentStorage extends DocumentStorage {
  readonly kind = 'filesystem';
  readonly transactional = false;
  private readonly root: string;

  constructor(dataDir: string) {
    super();
    this.root = resolve(dataDir, 'documents');
  }

  private path(tenantId: string, documentId: string): string {
    assertDocumentIds(tenantId, documentId);
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
