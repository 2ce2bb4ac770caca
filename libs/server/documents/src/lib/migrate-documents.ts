import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DocumentStorage } from './document-storage';

export interface MigrateDocumentsOptions {
  /** Remove the bytes from the source once the target holds them verified. */
  deleteSource?: boolean;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface MigrateDocumentsResult {
  /** `document` rows looked at. */
  total: number;
  copied: number;
  /** The target already held the right bytes (an earlier run): nothing written. */
  alreadyThere: number;
  /** Rows whose bytes the source does not have (and the target neither). */
  missing: string[];
  /** The source's bytes do not match the row's SHA-256: not copied. */
  corrupt: string[];
  /** Written, but the target did not read back the same SHA-256. */
  failed: string[];
  deletedFromSource: number;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Copies the bytes of every `document` row from one driver to another (CLI `migrate-documents`).
 * Idempotent: a document the target already holds with the row's SHA-256 is skipped, so the
 * command can run while the old driver is still in use and again after the switch. Every copy
 * is read back from the target and compared with the row's SHA-256; the source is left alone
 * unless `deleteSource` is set, and then only for verified documents.
 */
export async function migrateDocuments(
  ds: DataSource,
  from: DocumentStorage,
  to: DocumentStorage,
  opts: MigrateDocumentsOptions = {},
): Promise<MigrateDocumentsResult> {
  if (from.kind === to.kind) throw new Error(`migrate-documents: source and target are both ${from.kind}`);
  const log = opts.log ?? (() => undefined);
  const batch = opts.batchSize ?? 200;
  const result: MigrateDocumentsResult = {
    total: 0,
    copied: 0,
    alreadyThere: 0,
    missing: [],
    corrupt: [],
    failed: [],
    deletedFromSource: 0,
  };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: Array<{ id: string; tenant_id: string; sha256: string }> = await ds.query(
      `SELECT id, tenant_id, sha256 FROM document WHERE id > $1 ORDER BY id LIMIT $2`,
      [after, batch],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      result.total++;
      const verified = await copyOne(row, from, to, result, log);
      if (verified && opts.deleteSource) {
        await from.delete(row.tenant_id, row.id);
        result.deletedFromSource++;
      }
    }
    after = rows[rows.length - 1].id;
    log(`${result.total} documents checked, ${result.copied} copied`);
  }
  return result;
}

async function copyOne(
  row: { id: string; tenant_id: string; sha256: string },
  from: DocumentStorage,
  to: DocumentStorage,
  result: MigrateDocumentsResult,
  log: (line: string) => void,
): Promise<boolean> {
  const present = await to.get(row.tenant_id, row.id);
  if (present && sha256(present) === row.sha256) {
    result.alreadyThere++;
    return true;
  }
  const data = await from.get(row.tenant_id, row.id);
  if (!data) {
    result.missing.push(row.id);
    log(`missing in ${from.kind}: document ${row.id}`);
    return false;
  }
  if (sha256(data) !== row.sha256) {
    result.corrupt.push(row.id);
    log(`SHA-256 differs in ${from.kind}, not copied: document ${row.id}`);
    return false;
  }
  await to.put(row.tenant_id, row.id, data);
  const back = await to.get(row.tenant_id, row.id);
  if (!back || sha256(back) !== row.sha256) {
    result.failed.push(row.id);
    log(`read-back from ${to.kind} does not match: document ${row.id}`);
    return false;
  }
  result.copied++;
  return true;
}
