export * from './lib/placements.routes';
export { PLACEMENTS_SCOPE } from './lib/i18n/placements-i18n';
