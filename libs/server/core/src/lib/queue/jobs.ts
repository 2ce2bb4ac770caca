/**
 * The one place that names queues and job payloads (typed union, after Immich's JobItem).
 * A job is planned with OutboxService.plan() inside the transaction of the change that causes it.
 */
export const QUEUES = ['mail', 'documents', 'reminders', 'system'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface MailAttachmentRef {
  filename: string;
  contentType: string;
  /** A stored document (rendered PDF, upload) the mail processor loads when sending. */
  documentId: string;
}

export interface SendMailJob {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachmentRef[];
}

/** A harmless job operators can plan to check the pipeline end to end. */
export interface PingJob {
  note: string;
}

export interface JobPayloads {
  'mail.send': SendMailJob;
  'system.ping': PingJob;
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { [K in JobName]: QueueName } = {
  'mail.send': 'mail',
  'system.ping': 'system',
};

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
  removeOnFail: { age: 60 * 24 * 3600 },
} as const;
