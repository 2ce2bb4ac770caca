import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { dispatchJob, type JobHandlers } from '@lotse/server/core';
import type { Job } from 'bullmq';
import { ScanAppointmentReminders } from './scan-appointment-reminders';

/** The `appointments` queue: the daily reminder scan (scheduled in DAILY_JOB_SCHEDULES; idempotent). */
@Processor('appointments')
export class AppointmentJobsProcessor extends WorkerHost {
  private readonly logger = new Logger(AppointmentJobsProcessor.name);

  /** One handler per job of the queue (JobHandlers: a missing one does not compile). */
  private readonly jobs: JobHandlers<'appointments'> = {
    'appointments.reminder-scan': (data) => this.scan.execute(data?.tenantId ?? null),
  };

  constructor(private readonly scan: ScanAppointmentReminders) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob('appointments', this.jobs, job, this.logger);
  }
}
