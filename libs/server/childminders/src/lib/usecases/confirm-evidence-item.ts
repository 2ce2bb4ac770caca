import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceItemDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource, In } from 'typeorm';
import { EvidenceDocument, EvidenceItem } from '../entities';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { toItemDto } from '../shared/mappers';
import { OfficeDay } from '../shared/office-day';
import { People } from '../shared/people';
import { TimelineService } from '../shared/timeline.service';

/**
 * An advisor confirms a childminder's declaration after inspecting the original (a certificate
 * shown at the office, no upload). From then on the item counts for the checklist and the permit.
 * A confirmed document does the same through the review.
 */
@Injectable()
export class ConfirmEvidenceItem {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(actor: RequestUser, id: string, itemId: string): Promise<EvidenceItemDto> {
    await this.access.require(actor, 'evidence.confirm', 'Nachweise bestätigt die Fachberatung.');
    return this.dataSource.transaction(async (m) => {
      const cm = await this.access.load(actor, id, { manager: m, lock: true, action: 'evidence.confirm' });
      const repo = m.getRepository(EvidenceItem);
      const item = await repo.findOne({ where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
      if (!item || item.childminderId !== cm.id)
        return this.policy.refuse(
          actor,
          { type: 'evidence_item', id: itemId, notFound: 'Nachweis nicht gefunden.' },
          item ? 'not in this file' : null,
        );
      if (item.confirmedAt) throw apiError(409, 'Dieser Nachweis ist bereits bestätigt.');
      item.confirmedAt = this.day.now();
      item.confirmedBy = actor.id;
      item.checked = true;
      await repo.save(item);
      await refreshEvidenceSummary(m, [cm.id]);
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'evidence_confirmed',
        details: { itemId: item.id, evidenceType: item.type },
      });
      await this.audit.record(
        { action: 'evidence.confirm', actor, targetType: 'childminder', targetId: cm.id, details: { itemId: item.id, type: item.type } },
        m,
      );
      const fresh = await repo.findOneByOrFail({ id: item.id });
      const confirmedDocs = await m.getRepository(EvidenceDocument).find({ where: { evidenceItemId: In([item.id]), status: 'confirmed' } });
      return toItemDto(
        fresh,
        await People.load(m, [fresh.recordedBy, fresh.inspectedBy]),
        new Set(confirmedDocs.map((d) => d.evidenceItemId)),
      );
    });
  }
}
