export * from './lib/permit-values';
export * from './lib/permits.api';
