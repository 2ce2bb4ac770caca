export * from './lib/placements.module';
export { ScanPlacements, MEASLES_REMINDER_DAYS } from './lib/jobs/scan-placements';
export { CapacityGate } from './lib/capacity/capacity-gate';
