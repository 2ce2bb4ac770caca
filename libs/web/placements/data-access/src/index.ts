export * from './lib/care-requests.api';
export * from './lib/matching.api';
export * from './lib/week-grid';
export * from './lib/capacity-settings.api';
export * from './lib/parent-registration.api';
