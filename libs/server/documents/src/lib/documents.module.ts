import { Global, Logger, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AttachmentResolver } from '@lotse/server/core';
import type { DataSource } from 'typeorm';
import { createDocumentStorage } from './create-document-storage';
import { DocumentStorage } from './document-storage';
import { DocumentAttachmentResolver, DocumentsService } from './documents.service';
import { StoredDocument } from './stored-document.entity';
import { UploadInterceptor } from './upload.interceptor';

/**
 * Document storage for every feature (evidence uploads, permit PDFs). Global, so the mail
 * processor finds the AttachmentResolver. The driver comes from `DOCUMENT_STORAGE` (postgres, s3,
 * filesystem); features see only `DocumentsService` / `DocumentStorage`.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([StoredDocument])],
  providers: [
    {
      provide: DocumentStorage,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => {
        const storage = createDocumentStorage(config, dataSource);
        // Operators see at boot where documents go (a replica on `filesystem` would keep its own).
        new Logger('DocumentStorage').log(
          `documents stored with the ${storage.kind} driver${storage.kind === 'filesystem' ? ` under ${config.DATA_DIR}` : ''}`,
        );
        return storage;
      },
    },
    DocumentsService,
    { provide: AttachmentResolver, useClass: DocumentAttachmentResolver },
    UploadInterceptor,
  ],
  exports: [DocumentStorage, DocumentsService, AttachmentResolver, UploadInterceptor],
})
export class DocumentsModule {}
