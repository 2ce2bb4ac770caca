export * from './lib/permits.routes';
export { PERMITS_SCOPE } from './lib/i18n/permits-i18n';
