import { type DynamicModule, Module } from '@nestjs/common';
import { AppointmentLinks } from './appointment-links';
import { AppointmentsController, PublicAppointmentsController } from './appointments.controller';
import { AppointmentJobsProcessor } from './jobs/appointment-jobs.processor';
import { ScanAppointmentReminders } from './jobs/scan-appointment-reminders';
import { Bookings } from './usecases/bookings';
import { Slots } from './usecases/slots';
import { APPOINTMENT_ACCESS_FACTS } from './access-facts';

/**
 * Appointments with the advisory service (issue 14): `forApi()` for the HTTP app, `forWorker()`
 * for the daily reminder scan. Mails go through the outbox and core's mail processor.
 */
@Module({})
export class AppointmentsModule {
  static forApi(): DynamicModule {
    return {
      module: AppointmentsModule,
      controllers: [PublicAppointmentsController, AppointmentsController],
      providers: [APPOINTMENT_ACCESS_FACTS, AppointmentLinks, Bookings, Slots],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: AppointmentsModule,
      providers: [ScanAppointmentReminders, AppointmentJobsProcessor],
    };
  }
}
