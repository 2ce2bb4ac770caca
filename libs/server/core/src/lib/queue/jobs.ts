import type { Job } from 'bullmq';
import type { LinkRef } from '../links/one-time-link';

/**
 * The one place that names queues and job payloads (typed union, after Immich's JobItem).
 * A job is planned with OutboxService.plan() inside the transaction of the change that causes it.
 */
export const QUEUES = ['mail', 'documents', 'reminders', 'permits', 'placements', 'inquiries', 'appointments', 'system'] as const;
export type QueueName = (typeof QUEUES)[number];

export type MailAttachmentRef =
  | {
      filename: string;
      contentType: string;
      /** A stored document (rendered PDF, upload) the mail processor loads when sending. */
      documentId: string;
    }
  | {
      filename: string;
      contentType: string;
      /** Small text content carried in the job itself (an appointment's .ics; never a secret). */
      text: string;
    };

export interface SendMailJob {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachmentRef[];
  /**
   * A one-time link by reference: `text`/`html` carry LINK_PLACEHOLDER, the mail processor derives
   * the token and puts the link in when sending (skips when the token is used, replaced or expired).
   * Links never travel in job data.
   */
  link?: LinkRef;
}

/** A harmless job operators can plan to check the pipeline end to end. */
export interface PingJob {
  note: string;
  /** Keeps the job running this long (at most 60 s): lets operators and tests stop a busy worker. */
  holdMs?: number;
}

/**
 * Daily scan for evidence entering its warning window or expiring: mails the childminder once
 * per item and threshold (unique row in `evidence_reminder`, mail job id `reminder.<item>.<threshold>`).
 */
export interface EvidenceReminderScanJob {
  /** Only this tenant (default: all). */
  tenantId?: string | null;
}

/**
 * Daily deletion of certificate-of-good-conduct data (§72a Abs. 5 SGB VIII): at once for people who
 * did not take up the activity, 3 months after the end of the activity otherwise.
 */
export interface GoodConductPurgeJob {
  tenantId?: string | null;
}

/** Renders an issued permit's PDF from its snapshot, stores it and mails it (idempotent per permit). */
export interface RenderPermitJob {
  permitId: string;
}

/** Daily: expires permits past their last day; reminds 6 and 1 months before (once per permit and threshold). */
export interface PermitScanJob {
  tenantId?: string | null;
}

/**
 * Daily: deletes sent outbox rows and finished (completed or failed) jobs older than
 * OUTBOX_RETENTION_DAYS, so old mail contents (names, addresses) do not pile up in PostgreSQL and Redis.
 */
export interface RetentionJob {
  /** Override of OUTBOX_RETENTION_DAYS for a manual run. */
  days?: number;
}

/**
 * Daily: vacancy confirmation reminders (30 days) and hidden notices (40 days), measles-proof
 * reminders for placements starting within 14 days (each mail once).
 */
export interface PlacementScanJob {
  tenantId?: string | null;
}

/** A batch matching run of one office (issue 13): builds the instance, matches, stores the result. */
export interface MatchingBatchJob {
  runId: string;
}

/**
 * Weekly (Monday 07:00): the coordinators' (admins') summary of the inquiries of the ISO week
 * before, once per office and week (stamped in `inquiry_weekly_summary`).
 */
export interface InquiryWeeklySummaryJob {
  tenantId?: string | null;
}

/**
 * Daily (afternoon): reminds bookers of tomorrow's confirmed appointments, once per booking
 * (stamped `reminder_sent_at`, mail job id `appointment-reminder.<booking>`); expires stale holds.
 */
export interface AppointmentReminderScanJob {
  tenantId?: string | null;
}

export interface JobPayloads {
  'mail.send': SendMailJob;
  'documents.render-permit': RenderPermitJob;
  'permits.daily-scan': PermitScanJob;
  'placements.daily-scan': PlacementScanJob;
  'matching.batch': MatchingBatchJob;
  'inquiries.weekly-summary': InquiryWeeklySummaryJob;
  'system.ping': PingJob;
  'system.retention': RetentionJob;
  'evidence.reminder-scan': EvidenceReminderScanJob;
  'evidence.good-conduct-purge': GoodConductPurgeJob;
  'appointments.reminder-scan': AppointmentReminderScanJob;
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE = {
  'mail.send': 'mail',
  'documents.render-permit': 'documents',
  'permits.daily-scan': 'permits',
  'placements.daily-scan': 'placements',
  'matching.batch': 'placements',
  'inquiries.weekly-summary': 'inquiries',
  'system.ping': 'system',
  'system.retention': 'system',
  'evidence.reminder-scan': 'reminders',
  'evidence.good-conduct-purge': 'reminders',
  'appointments.reminder-scan': 'appointments',
} as const satisfies { [K in JobName]: QueueName };

/** The job names of one queue (from JOB_QUEUE). */
export type JobNameOf<Q extends QueueName> = { [K in JobName]: (typeof JOB_QUEUE)[K] extends Q ? K : never }[JobName];

/** A BullMQ job of one name, with its payload. */
export type TypedJob<K extends JobName> = Job<JobPayloads[K], unknown, K>;

/**
 * What a processor does per job of its queue: one handler for every job name of that queue, each
 * getting that job's payload. A missing handler, one for a job of another queue or one with the
 * wrong payload type does not compile. Run them with dispatchJob().
 */
export type JobHandlers<Q extends QueueName> = { [K in JobNameOf<Q>]: (data: JobPayloads[K], job: TypedJob<K>) => Promise<unknown> };

/** Jobs a schedule can plan: a scheduler adds them without data, so their payload must accept `{}`. */
export type SchedulableJobName = { [K in JobName]: Record<string, never> extends JobPayloads[K] ? K : never }[JobName];

export interface JobSchedule {
  /** BullMQ job scheduler id (stable: registering again updates it). */
  schedulerId: string;
  name: SchedulableJobName;
  /** Cron pattern (minute hour day-of-month month day-of-week), read in the office's time zone (TZ_OFFICE). */
  pattern: string;
}

/**
 * Every repeating job, in one place (issue 9): the cron pattern here, the time zone from
 * schedulerFor() below (the office's, TZ_OFFICE, default Europe/Berlin). Registered by the worker
 * at boot (`JobSchedules`, `queue.upsertJobScheduler`: idempotent; BullMQ runs each occurrence once
 * across all workers). Nothing else registers repeating jobs (tools/lint-checks checks it).
 */
export const DAILY_JOB_SCHEDULES: ReadonlyArray<JobSchedule> = [
  { schedulerId: 'daily-good-conduct-purge', name: 'evidence.good-conduct-purge', pattern: '30 5 * * *' },
  { schedulerId: 'daily-evidence-reminder-scan', name: 'evidence.reminder-scan', pattern: '0 6 * * *' },
  { schedulerId: 'daily-permit-scan', name: 'permits.daily-scan', pattern: '15 6 * * *' },
  { schedulerId: 'daily-placement-scan', name: 'placements.daily-scan', pattern: '30 6 * * *' },
  { schedulerId: 'daily-retention', name: 'system.retention', pattern: '15 3 * * *' },
  // Weekly, not daily: Monday 07:00, the coordinators' inquiry summary of the week before.
  { schedulerId: 'weekly-inquiry-summary', name: 'inquiries.weekly-summary', pattern: '0 7 * * 1' },
  { schedulerId: 'daily-appointment-reminders', name: 'appointments.reminder-scan', pattern: '0 16 * * *' },
];

/** Everything BullMQ needs to register one schedule: its queue, id, cron pattern with the office's time zone, and the job. */
export function schedulerFor(s: JobSchedule, tzOffice: string) {
  return {
    queue: JOB_QUEUE[s.name],
    schedulerId: s.schedulerId,
    repeat: { pattern: s.pattern, tz: tzOffice },
    template: { name: s.name, data: {}, opts: { ...DEFAULT_JOB_OPTIONS } },
  };
}

export type PlannedJob = {
  [K in JobName]: {
    name: K;
    data: JobPayloads[K];
    /** Deterministic id for once-only work (e.g. `reminder:<item>:<threshold>`); default: a new uuid. */
    jobId?: string;
    tenantId?: string | null;
    /** Earliest time the job may run. */
    runAt?: Date;
  };
}[JobName];

/** Retries with exponential backoff; completed jobs are kept long enough for jobId de-duplication. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 14 * 24 * 3600, count: 50_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

/** DEFAULT_JOB_OPTIONS with BullMQ's own clean-up ages set to the configured retention. */
export function jobOptions(retentionDays: number) {
  const age = retentionDays * 24 * 3600;
  return { ...DEFAULT_JOB_OPTIONS, removeOnComplete: { ...DEFAULT_JOB_OPTIONS.removeOnComplete, age }, removeOnFail: { age } };
}
