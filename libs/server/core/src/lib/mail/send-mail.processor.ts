import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { deriveLinkToken, LINK_PLACEHOLDER, linkKey, linkUrl, type LinkRef } from '../links/one-time-link';
import type { Job } from 'bullmq';
import type { JobNameOf, JobPayloads } from '../queue/jobs';
import { AttachmentResolver, MailTransport, type OutgoingAttachment } from './mail-transport';

type MailQueueJob = JobNameOf<'mail'>;
// A second job on the mail queue would need a dispatch here (dispatchJob, as the other processors).
const ONLY_MAIL_SEND: [MailQueueJob] extends ['mail.send'] ? true : never = true;
void ONLY_MAIL_SEND;

/**
 * Sends one e-mail. Idempotent: a delivery is recorded per job id, and a job that finds its
 * delivery recorded (retry after a crash past the send) does not send again. A one-time link is
 * built here, from the token row the job names (see one-time-link.ts), and never written back.
 */
@Processor('mail', { concurrency: 4 })
export class SendMailProcessor extends WorkerHost {
  private readonly logger = new Logger(SendMailProcessor.name);

  private readonly linkKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly attachments?: AttachmentResolver,
  ) {
    super();
    this.linkKey = linkKey(config.SESSION_SECRET);
  }

  /** The link of an open token (unused, not replaced, unexpired), or null: such a mail is skipped. */
  private async link(ref: LinkRef): Promise<string | null> {
    const rows: Array<{ nonce: string }> = await this.dataSource.query(
      `SELECT nonce FROM one_time_token
        WHERE id = $1 AND purpose = $2 AND nonce IS NOT NULL AND used_at IS NULL AND invalidated_at IS NULL AND expires_at > $3`,
      [ref.tokenId, ref.purpose, this.clock.now()],
    );
    if (!rows[0]) return null;
    return linkUrl(this.config.PUBLIC_URL, ref.purpose, deriveLinkToken(this.linkKey, ref.purpose, ref.tokenId, rows[0].nonce));
  }

  /** The `mail` queue carries one job, `mail.send` (JOB_QUEUE; checked at compile time below). */
  async process(job: Job<JobPayloads[MailQueueJob]>): Promise<{ skipped: boolean; messageId?: string }> {
    const jobId = String(job.id);
    const done = await this.dataSource.query(`SELECT 1 FROM mail_delivery WHERE job_id = $1`, [jobId]);
    if (done.length > 0) return { skipped: true };
    const data = job.data;
    let text = data.text;
    let html = data.html;
    if (data.link) {
      const link = await this.link(data.link);
      if (!link) {
        this.logger.log(`mail job ${jobId}: its ${data.link.purpose} link is used, replaced or expired, mail skipped`);
        return { skipped: true };
      }
      text = text.split(LINK_PLACEHOLDER).join(link);
      html = html?.split(LINK_PLACEHOLDER).join(link);
    }
    const files: OutgoingAttachment[] = [];
    for (const ref of data.attachments ?? []) {
      if ('text' in ref) {
        files.push({ filename: ref.filename, contentType: ref.contentType, content: Buffer.from(ref.text, 'utf8') });
        continue;
      }
      const content = await this.attachments?.load(ref.documentId, data.tenantId);
      if (!content) {
        // The document is gone (e.g. deleted): render-then-send skips rather than sending half a mail.
        this.logger.warn(`mail job ${jobId}: attachment ${ref.documentId} not found, mail skipped`);
        return { skipped: true };
      }
      files.push({ filename: ref.filename, contentType: ref.contentType, content });
    }
    const { messageId } = await this.transport.send({
      to: data.to,
      subject: data.subject,
      text,
      html,
      attachments: files,
      idempotencyKey: jobId,
    });
    await this.dataSource.query(
      `INSERT INTO mail_delivery (job_id, tenant_id, recipient, subject, message_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (job_id) DO NOTHING`,
      [jobId, data.tenantId, data.to, data.subject, messageId],
    );
    return { skipped: false, messageId };
  }
}
