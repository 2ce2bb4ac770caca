export * from './lib/care-requests.module';
export { CareRequestsPort, type CareRequestFacts } from './lib/care-requests.port';
