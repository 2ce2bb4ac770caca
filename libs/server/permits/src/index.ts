export * from './lib/pdf/permit-document-data';
export * from './lib/pdf/render-permit-pdf';
