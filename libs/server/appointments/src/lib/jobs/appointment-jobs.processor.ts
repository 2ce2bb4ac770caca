import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { AppointmentReminderScanJob } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { ScanAppointmentReminders } from './scan-appointment-reminders';

/** The `appointments` queue: the daily reminder scan (scheduled in DAILY_JOB_SCHEDULES; idempotent). */
@Processor('appointments')
export class AppointmentJobsProcessor extends WorkerHost {
  private readonly logger = new Logger(AppointmentJobsProcessor.name);

  constructor(private readonly scan: ScanAppointmentReminders) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'appointments.reminder-scan':
        return this.scan.execute((job.data as AppointmentReminderScanJob | undefined)?.tenantId ?? null);
      default:
        this.logger.warn(`unknown job ${job.name} on queue appointments`);
        return { skipped: true };
    }
  }
}
