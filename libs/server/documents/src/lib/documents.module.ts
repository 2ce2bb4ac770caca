import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentResolver } from '@lotse/server/core';
import { DocumentStorage } from './document-storage';
import { DocumentAttachmentResolver, DocumentsService } from './documents.service';
import { FsDocumentStorage } from './fs-document-storage';
import { StoredDocument } from './stored-document.entity';
import { UploadInterceptor } from './upload.interceptor';

/**
 * Document storage for every feature (evidence uploads, permit PDFs). Global, so the mail
 * processor finds the AttachmentResolver. Swap the driver here (e.g. S3) without touching features.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([StoredDocument])],
  providers: [
    { provide: DocumentStorage, useClass: FsDocumentStorage },
    DocumentsService,
    { provide: AttachmentResolver, useClass: DocumentAttachmentResolver },
    UploadInterceptor,
  ],
  exports: [DocumentStorage, DocumentsService, AttachmentResolver, UploadInterceptor],
})
export class DocumentsModule {}
