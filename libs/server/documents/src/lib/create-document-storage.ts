import type { DocumentStorageKind, StorageConfig } from '@lotse/server/core';
import type { DataSource } from 'typeorm';
import type { DocumentStorage } from './document-storage';
import { FsDocumentStorage } from './fs-document-storage';
import { PgDocumentStorage } from './pg-document-storage';
import { S3DocumentStorage, s3Options } from './s3/s3-document-storage';

/** The driver `kind` (default: `DOCUMENT_STORAGE`) for the given configuration. */
export function createDocumentStorage(
  config: StorageConfig,
  dataSource: DataSource,
  kind: DocumentStorageKind = config.DOCUMENT_STORAGE,
): DocumentStorage {
  switch (kind) {
    case 'filesystem':
      return new FsDocumentStorage(config.DATA_DIR);
    case 'postgres':
      return new PgDocumentStorage(dataSource);
    case 's3':
      return new S3DocumentStorage(s3Options(config));
  }
}
