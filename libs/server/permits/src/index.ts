export * from './lib/permits.module';
export * from './lib/pdf/permit-document-data';
export * from './lib/pdf/render-permit-pdf';
export * from './lib/entities';
export { RenderPermit } from './lib/jobs/render-permit';
export { ScanPermits } from './lib/jobs/scan-permits';
export { PermitStatusFromPermits } from './lib/shared/permit-status.adapter';
export { DEFAULT_PERMIT_TEXTS } from './lib/shared/permit-settings';
