export * from './lib/inquiries.api';
