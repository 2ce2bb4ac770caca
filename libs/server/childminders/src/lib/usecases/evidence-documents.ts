import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceDocumentDto, ReviewDocumentDto } from '@lotse/shared/contracts';
import { EVIDENCE_LABEL_DE } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, OutboxService, type AppConfig, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DocumentsService, StoredDocument, uploadErrors, type UploadedFileData } from '@lotse/server/documents';
import { DataSource, In } from 'typeorm';
import { type Childminder, EvidenceDocument, EvidenceItem } from '../entities';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { refreshChecked, refreshEvidenceSummary } from '../shared/evidence-store';
import { toDocumentDto } from '../shared/mappers';
import { loadOffice, mailFooter } from '../shared/office';
import { OfficeDay } from '../shared/office-day';
import { People } from '../shared/people';
import { TimelineService } from '../shared/timeline.service';

export const GOOD_CONDUCT_NO_UPLOAD =
  'Das erweiterte Führungszeugnis wird nicht hochgeladen: Die Fachberatung sieht das Original ein und vermerkt nur die Einsichtnahme (§ 72a Abs. 5 SGB VIII).';

/**
 * Documents of evidence items: upload (owner or advisor), list, download (owner, advisors and
 * admins of the tenant; every download audited) and review (advisors confirm or reject with a
 * reason the childminder sees). A refused upload leaves neither a row nor a file.
 */
@Injectable()
export class EvidenceDocuments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly rules: EvidenceRulesService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
    private readonly day: OfficeDay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private file(actor: RequestUser, id: string | 'me'): Promise<Childminder> {
    return id === 'me' ? this.access.own(actor) : this.access.load(actor, id);
  }

  async upload(actor: RequestUser, id: string | 'me', itemId: string, file: UploadedFileData | undefined): Promise<EvidenceDocumentDto> {
    const cm = await this.file(actor, id);
    const item = await this.dataSource.getRepository(EvidenceItem).findOne({ where: { id: itemId, childminderId: cm.id } });
    if (!item) throw apiError(404, 'Nachweis nicht gefunden.');
    const { rule } = await this.rules.one(cm.tenantId, item.type);
    // The law, not only the (admin-editable) rule data, forbids copies of the certificate.
    if (item.type === 'good_conduct' || !rule.uploadAllowed) {
      throw apiError(422, GOOD_CONDUCT_NO_UPLOAD, [{ field: 'file', message: GOOD_CONDUCT_NO_UPLOAD, code: 'uploadNotAllowed' }]);
    }
    if (!file) throw uploadErrors.missing();
    return this.documents.storeWith(
      {
        tenantId: cm.tenantId,
        data: file.buffer,
        originalName: file.originalname,
        uploadedBy: actor.id,
        purpose: 'evidence_item',
        maxBytes: this.config.UPLOAD_MAX_BYTES,
      },
      async (m, doc) => {
        const repo = m.getRepository(EvidenceDocument);
        const link = await repo.save(
          repo.create({
            tenantId: cm.tenantId,
            childminderId: cm.id,
            evidenceItemId: item.id,
            documentId: doc.id,
            status: 'pending',
            reviewReason: null,
            reviewedBy: null,
            reviewedAt: null,
            uploadedBy: actor.id,
          }),
        );
        const details = { documentId: link.id, itemId: item.id, evidenceType: item.type, fileName: doc.fileName };
        await this.timeline.record(m, {
          tenantId: cm.tenantId,
          childminderId: cm.id,
          actorId: actor.id,
          type: 'document_uploaded',
          details,
        });
        await this.audit.record(
          {
            action: 'document.upload',
            actor,
            targetType: 'evidence_document',
            targetId: link.id,
            details: { childminderId: cm.id, itemId: item.id, sha256: doc.sha256, sizeBytes: doc.sizeBytes, contentType: doc.contentType },
          },
          m,
        );
        return toDocumentDto(link, doc, item, await People.load(m, [actor.id]));
      },
    );
  }

  async list(actor: RequestUser, id: string | 'me'): Promise<EvidenceDocumentDto[]> {
    const cm = await this.file(actor, id);
    const m = this.dataSource.manager;
    const links = await m.getRepository(EvidenceDocument).find({ where: { childminderId: cm.id }, order: { createdAt: 'DESC' } });
    if (links.length === 0) return [];
    const docs = new Map(
      (await m.getRepository(StoredDocument).find({ where: { id: In(links.map((l) => l.documentId)) } })).map((d) => [d.id, d]),
    );
    const items = new Map(
      (await m.getRepository(EvidenceItem).find({ where: { id: In(links.map((l) => l.evidenceItemId)) } })).map((i) => [i.id, i]),
    );
    const people = await People.load(
      m,
      links.flatMap((l) => [l.uploadedBy, l.reviewedBy]),
    );
    await this.access.auditRead(actor, cm, 'documents');
    return links
      .filter((l) => docs.has(l.documentId) && items.has(l.evidenceItemId))
      .map((l) => toDocumentDto(l, docs.get(l.documentId)!, items.get(l.evidenceItemId)!, people));
  }

  /** The bytes of one document. Every download is audited, also the owner's own. */
  async download(actor: RequestUser, id: string | 'me', linkId: string): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const cm = await this.file(actor, id);
    const link = await this.dataSource.getRepository(EvidenceDocument).findOne({ where: { id: linkId, childminderId: cm.id } });
    const loaded = link ? await this.documents.load(cm.tenantId, link.documentId) : null;
    if (!link || !loaded) throw apiError(404, 'Dokument nicht gefunden.');
    await this.audit.record({
      action: 'document.download',
      actor,
      targetType: 'evidence_document',
      targetId: link.id,
      details: { childminderId: cm.id, sha256: loaded.doc.sha256 },
    });
    return { fileName: loaded.doc.fileName, contentType: loaded.doc.contentType, data: loaded.data };
  }

  async review(actor: RequestUser, id: string, linkId: string, dto: ReviewDocumentDto): Promise<EvidenceDocumentDto> {
    await this.access.require(actor, 'document.review', 'Dokumente prüft die Fachberatung.');
    return this.dataSource.transaction(async (m) => {
      const cm = await this.access.load(actor, id, { manager: m, action: 'document.review' });
      const repo = m.getRepository(EvidenceDocument);
      const link = await repo.findOne({ where: { id: linkId, childminderId: cm.id }, lock: { mode: 'pessimistic_write' } });
      if (!link) throw apiError(404, 'Dokument nicht gefunden.');
      if (link.version !== dto.version) throw apiError(409, 'Das Dokument wurde inzwischen geprüft. Bitte laden Sie neu.');
      const item = await m.getRepository(EvidenceItem).findOneByOrFail({ id: link.evidenceItemId });
      const doc = await m.getRepository(StoredDocument).findOneByOrFail({ id: link.documentId });
      link.status = dto.decision;
      link.reviewReason = dto.decision === 'rejected' ? dto.reason!.trim() : null;
      link.reviewedBy = actor.id;
      link.reviewedAt = this.day.now();
      const saved = await repo.save(link);
      await refreshChecked(m, item.id);
      await refreshEvidenceSummary(m, [cm.id]);
      const details = {
        documentId: link.id,
        itemId: item.id,
        evidenceType: item.type,
        fileName: doc.fileName,
        ...(link.reviewReason ? { reason: link.reviewReason } : {}),
      };
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: dto.decision === 'confirmed' ? 'document_confirmed' : 'document_rejected',
        details,
      });
      await this.audit.record(
        {
          action: 'document.review',
          actor,
          targetType: 'evidence_document',
          targetId: link.id,
          details: { childminderId: cm.id, decision: dto.decision },
        },
        m,
      );
      if (dto.decision === 'rejected' && cm.email) {
        const office = await loadOffice(m, cm.tenantId);
        await this.outbox.plan(m, {
          name: 'mail.send',
          tenantId: cm.tenantId,
          jobId: `document-rejected.${link.id}.${saved.version}`,
          data: {
            tenantId: cm.tenantId,
            to: cm.email,
            subject: `Ihr Dokument zum Nachweis „${EVIDENCE_LABEL_DE[item.type]}“ wurde abgelehnt`,
            text: [
              `Guten Tag ${cm.firstName} ${cm.lastName},`,
              '',
              `die Fachberatung hat Ihr Dokument „${doc.fileName}“ zum Nachweis „${EVIDENCE_LABEL_DE[item.type]}“ geprüft und kann es so nicht annehmen.`,
              `Grund: ${link.reviewReason}`,
              '',
              'Bitte laden Sie in Lotse unter „Meine Nachweise“ ein neues Dokument hoch.',
              '',
              mailFooter(office),
            ].join('\n'),
          },
        });
      }
      return toDocumentDto(saved, doc, item, await People.load(m, [saved.uploadedBy, saved.reviewedBy]));
    });
  }
}
