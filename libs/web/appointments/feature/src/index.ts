export * from './lib/appointments.routes';
export { APPOINTMENTS_SCOPE } from './lib/i18n/appointments-i18n';
