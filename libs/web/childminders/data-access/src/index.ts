export * from './lib/childminders.api';
export * from './lib/registration.api';
export * from './lib/evidence-rules.api';
export * from './lib/document-uploader';
export * from './lib/public-office.api';
export * from './lib/recheck-tasks.api';
