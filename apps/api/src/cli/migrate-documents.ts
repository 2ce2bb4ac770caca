import { DOCUMENT_STORAGE_KINDS, type DocumentStorageKind, loadStorageConfig } from '@lotse/server/core';
import { createDocumentStorage, migrateDocuments, type MigrateDocumentsResult } from '@lotse/server/documents';
import type { DataSource } from 'typeorm';
import { parseArgs } from 'node:util';

export const MIGRATE_DOCUMENTS_USAGE =
  'usage: cli.js migrate-documents --from filesystem|postgres|s3 --to filesystem|postgres|s3 [--delete-source]';

const kind = (value: string | undefined, flag: string): DocumentStorageKind => {
  if (!value || !(DOCUMENT_STORAGE_KINDS as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${DOCUMENT_STORAGE_KINDS.join(', ')}\n${MIGRATE_DOCUMENTS_USAGE}`);
  return value as DocumentStorageKind;
};

export class UsageError extends Error {}

/**
 * `cli.js migrate-documents --from filesystem --to postgres`: copies every document's bytes between
 * drivers, verifying the SHA-256 of each copy (see `migrateDocuments`). The drivers read DATA_DIR
 * and S3_* from the environment like the apps do. Exit code 0 only when every document is in the
 * target afterwards.
 */
export async function runMigrateDocuments(
  ds: DataSource,
  args: string[],
  env: Record<string, string | undefined>,
  print: (line: string) => void,
): Promise<{ exitCode: number; result: MigrateDocumentsResult }> {
  let values: { from?: string; to?: string; 'delete-source'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, 'delete-source': { type: 'boolean', default: false } },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${MIGRATE_DOCUMENTS_USAGE}`);
  }
  const from = kind(values.from, '--from');
  const to = kind(values.to, '--to');
  if (from === to) throw new UsageError(`--from and --to are both ${from}\n${MIGRATE_DOCUMENTS_USAGE}`);
  // Validated as if S3 were the configured driver whenever it is one side, so a missing S3_* is named.
  const config = loadStorageConfig({ ...env, DOCUMENT_STORAGE: from === 's3' || to === 's3' ? 's3' : to });
  const result = await migrateDocuments(ds, createDocumentStorage(config, ds, from), createDocumentStorage(config, ds, to), {
    deleteSource: values['delete-source'],
    log: print,
  });
  print(
    `documents: ${result.total}, copied: ${result.copied}, already in ${to}: ${result.alreadyThere}, missing in ${from}: ${result.missing.length}, ` +
      `SHA-256 differs in ${from}: ${result.corrupt.length}, failed verification: ${result.failed.length}` +
      (values['delete-source'] ? `, removed from ${from}: ${result.deletedFromSource}` : ''),
  );
  const ok = result.missing.length === 0 && result.corrupt.length === 0 && result.failed.length === 0;
  return { exitCode: ok ? 0 : 1, result };
}
