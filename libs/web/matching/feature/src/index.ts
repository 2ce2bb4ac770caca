export * from './lib/matching.routes';
export { MATCHING_SCOPE } from './lib/i18n/matching-i18n';
export { SuggestionsLinkComponent } from './lib/suggestions-link.component';
