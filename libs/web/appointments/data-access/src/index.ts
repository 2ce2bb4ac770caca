export * from './lib/appointments.api';
export * from './lib/slot-days';
