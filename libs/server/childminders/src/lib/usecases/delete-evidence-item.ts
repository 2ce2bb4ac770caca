import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { de, type DeleteEvidenceItemDto } from '@lotse/shared/contracts';
import { apiError, INVALID_INPUT, type RequestUser, seesOffice } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DocumentsService, StoredDocument } from '@lotse/server/documents';
import { DataSource, In } from 'typeorm';
import { EvidenceDocument, EvidenceItem } from '../entities';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { refreshCurrent, refreshEvidenceSummary } from '../shared/evidence-store';
import { People } from '../shared/people';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { recomputeFileItems } from '../shared/person-evaluation';
import { TimelineService } from '../shared/timeline.service';

export const ITEM_CONFIRMED = 'Dieser Nachweis ist bereits bestätigt, bitte wenden Sie sich an die Fachberatung.';

/**
 * Deletes a wrongly recorded evidence item, with its documents (rows and bytes).
 * - The childminder: her own items while no advisor has confirmed them (no confirmed document, not
 *   recorded by staff — the same rule as `verified`); reason optional.
 * - Advisors and admins of the file's tenant: any item, reason required (shown in the timeline).
 * In one transaction the file and the item are locked, the previous item of the type and person
 * becomes current again (or the entry is missing), and the file's evidence summary is recomputed.
 * Reminders already sent stay recorded (`evidence_reminder` keeps the row with its type, the
 * timeline keeps its `reminder_sent` events). Good-conduct inspections follow the same rules; they
 * have no documents, and the timeline entry carries the person's name only where the §72a purge
 * strips it again.
 */
@Injectable()
export class DeleteEvidenceItem {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly rules: EvidenceRulesService,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(actor: RequestUser, id: string | 'me', itemId: string, dto: DeleteEvidenceItemDto): Promise<void> {
    const staff = seesOffice(actor, 'evidence.record');
    const reason = dto.reason?.trim() || null;
    const removeBytes = await this.dataSource.transaction(async (m) => {
      const cm =
        id === 'me'
          ? await this.access.own(actor, { manager: m, lock: true })
          : await this.access.load(actor, id, { manager: m, lock: true });
      const item = await m.getRepository(EvidenceItem).findOne({ where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
      // Someone else's item, addressed through one's own file: refused like someone else's file.
      if (!item || item.childminderId !== cm.id)
        return this.policy.refuse(
          actor,
          { type: 'evidence_item', id: itemId, notFound: 'Nachweis nicht gefunden.' },
          item ? 'not in this file' : null,
        );
      // Locked, so an advisor's review running now is either seen here or waits and then finds nothing.
      const links = await m
        .getRepository(EvidenceDocument)
        .find({ where: { evidenceItemId: item.id }, lock: { mode: 'pessimistic_write' } });
      if (staff && !reason) throw apiError(400, INVALID_INPUT, [{ field: 'reason', message: de.reasonRequired, code: 'required' }]);
      if (!staff) {
        const recordedByStaff = item.recordedBy !== null && (await People.load(m, [item.recordedBy])).staff.has(item.recordedBy);
        if (recordedByStaff || item.confirmedAt || links.some((l) => l.status === 'confirmed')) {
          throw apiError(422, ITEM_CONFIRMED, [{ field: '', message: ITEM_CONFIRMED, code: 'confirmed' }]);
        }
      }

      const docs = links.length ? await m.getRepository(StoredDocument).find({ where: { id: In(links.map((l) => l.documentId)) } }) : [];
      if (links.length) await m.getRepository(EvidenceDocument).delete({ id: In(links.map((l) => l.id)) });
      await m.getRepository(EvidenceItem).delete({ id: item.id });
      const removeBytes = await this.documents.removeWith(
        m,
        cm.tenantId,
        docs.map((d) => d.id),
      );
      if (item.type === 'continuing_education')
        await recomputeFileItems(m, cm.id, (await this.rules.one(cm.tenantId, item.type, m)).rule, cm.qualificationVariant);
      const currentId = await refreshCurrent(m, cm.id, item.type, item.personKey);
      await refreshEvidenceSummary(m, [cm.id]);

      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'evidence_deleted',
        details: {
          itemId: item.id,
          evidenceType: item.type,
          date: item.date,
          ...(item.personName ? { personName: item.personName } : {}),
          ...(reason ? { reason } : {}),
          ...(docs.length ? { fileNames: docs.map((d) => d.fileName) } : {}),
          currentItemId: currentId,
        },
      });
      // No names, results or free text in the audit log (it outlives the §72a deletion).
      await this.audit.record(
        {
          action: 'evidence.delete',
          actor,
          targetType: 'childminder',
          targetId: cm.id,
          details: { itemId: item.id, type: item.type, documents: docs.map((d) => d.id), currentItemId: currentId },
        },
        m,
      );
      return removeBytes;
    });
    await removeBytes();
  }
}
