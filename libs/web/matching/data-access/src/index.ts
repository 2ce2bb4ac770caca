export * from './lib/matching.api';
