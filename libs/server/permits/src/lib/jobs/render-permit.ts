import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@lotse/server/core';
import { DocumentsService } from '@lotse/server/documents';
import { DataSource, type EntityManager } from 'typeorm';
import { Permit } from '../entities';
import { PermitPdfRenderer } from '../pdf/permit-pdf-renderer';
import { formatDateDe } from '../pdf/render-permit-pdf';

/**
 * Renders an issued permit's PDF from its snapshot, stores it (document row + bytes, SHA-256) and
 * plans the e-mail to the holder with the PDF attached — all in one transaction. Idempotent: a
 * retried job (e.g. the worker died after rendering, before acknowledging) finds the document
 * already linked and only re-plans the mail, whose job id is fixed, so nothing is sent twice.
 */
@Injectable()
export class RenderPermit {
  private readonly logger = new Logger(RenderPermit.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly outbox: OutboxService,
    private readonly renderer: PermitPdfRenderer,
  ) {}

  async run(permitId: string): Promise<{ rendered: boolean; documentId: string | null }> {
    const permit = await this.dataSource.getRepository(Permit).findOne({ where: { id: permitId } });
    if (!permit || !permit.documentData || !permit.number) {
      this.logger.warn(`permit ${permitId}: nothing to render`);
      return { rendered: false, documentId: null };
    }
    if (permit.documentId) {
      await this.dataSource.transaction((m) => this.planMail(m, permit, permit.documentId!));
      return { rendered: false, documentId: permit.documentId };
    }
    const pdf = await this.renderer.render(permit.documentData);
    try {
      return await this.documents.storeWith(
        {
          tenantId: permit.tenantId,
          data: pdf,
          originalName: `Pflegeerlaubnis-${permit.number}.pdf`,
          uploadedBy: null,
          purpose: 'permit',
          maxBytes: 20 * 1024 * 1024,
          accept: ['application/pdf'],
        },
        async (m, doc) => {
          const [row] = await m.query(`SELECT document_id FROM permit WHERE id = $1 FOR UPDATE`, [permit.id]);
          // Another worker linked its copy first: roll back ours (row and bytes).
          if (row?.document_id) throw new AlreadyRendered();
          await m.query(`UPDATE permit SET document_id = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [permit.id, doc.id]);
          await this.planMail(m, permit, doc.id);
          return { rendered: true, documentId: doc.id };
        },
      );
    } catch (e) {
      if (e instanceof AlreadyRendered) return { rendered: false, documentId: null };
      throw e;
    }
  }

  private async planMail(m: EntityManager, permit: Permit, documentId: string): Promise<void> {
    if (!permit.holder.email) return;
    const d = permit.documentData!;
    await this.outbox.plan(m, {
      name: 'mail.send',
      jobId: `permit-mail.${permit.id}`,
      tenantId: permit.tenantId,
      data: {
        tenantId: permit.tenantId,
        to: permit.holder.email,
        subject: `Ihre Pflegeerlaubnis ${permit.number}`,
        text: [
          `Guten Tag ${permit.holder.firstName} ${permit.holder.lastName},`,
          '',
          `anbei erhalten Sie Ihre Erlaubnis zur Kindertagespflege gemäß § 43 SGB VIII (Nr. ${permit.number}).`,
          `Sie gilt vom ${formatDateDe(permit.validFrom)} bis zum ${formatDateDe(permit.validUntil)} für höchstens ${permit.maxChildren} gleichzeitig anwesende Kinder.`,
          '',
          'Bitte bewahren Sie das Dokument gut auf. Sie finden es auch jederzeit in Lotse unter „Meine Pflegeerlaubnis“.',
          '',
          'Mit freundlichen Grüßen',
          `${d.signatory.name}`,
          `${d.office.authority} – ${d.office.department}`,
        ].join('\n'),
        attachments: [{ filename: `Pflegeerlaubnis-${permit.number}.pdf`, contentType: 'application/pdf', documentId }],
      },
    });
  }
}

class AlreadyRendered extends Error {}
