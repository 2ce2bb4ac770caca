export * from './lib/permit-values';
export * from './lib/permits.api';
export * from './lib/permit-settings.api';
