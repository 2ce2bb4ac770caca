export * from './lib/appointments.module';
export { ScanAppointmentReminders, type AppointmentScanResult } from './lib/jobs/scan-appointment-reminders';
export { appointmentIcs, type AppointmentIcsData } from './lib/appointment-ics';
export { seriesSlots, singleSlot, localToInstant } from './lib/slot-times';
