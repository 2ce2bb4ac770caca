import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, Optional } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { SendMailJob } from '../queue/jobs';
import { AttachmentResolver, MailTransport, type OutgoingAttachment } from './mail-transport';

/**
 * Sends one e-mail. Idempotent: a delivery is recorded per job id, and a job that finds its
 * delivery recorded (retry after a crash past the send) does not send again.
 */
@Processor('mail', { concurrency: 4 })
export class SendMailProcessor extends WorkerHost {
  private readonly logger = new Logger(SendMailProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    @Optional() private readonly attachments?: AttachmentResolver,
  ) {
    super();
  }

  async process(job: Job<SendMailJob>): Promise<{ skipped: boolean; messageId?: string }> {
    const jobId = String(job.id);
    const done = await this.dataSource.query(`SELECT 1 FROM mail_delivery WHERE job_id = $1`, [jobId]);
    if (done.length > 0) return { skipped: true };
    const data = job.data;
    const files: OutgoingAttachment[] = [];
    for (const ref of data.attachments ?? []) {
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
      text: data.text,
      html: data.html,
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
