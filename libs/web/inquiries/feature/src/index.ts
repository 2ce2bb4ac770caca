export * from './lib/inquiries.routes';
export { INQUIRIES_SCOPE } from './lib/i18n/inquiries-i18n';
