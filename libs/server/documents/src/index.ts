export * from './lib/documents.module';
export * from './lib/documents.service';
export * from './lib/document-storage';
export * from './lib/fs-document-storage';
export * from './lib/stored-document.entity';
export * from './lib/detect-file-type';
export * from './lib/upload.interceptor';
export * from './lib/upload-errors';
