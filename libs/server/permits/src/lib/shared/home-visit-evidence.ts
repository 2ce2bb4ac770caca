import { Injectable } from '@nestjs/common';
import type { RequestUser } from '@lotse/server/core';
import {
  type Childminder,
  EvidenceItem,
  EvidenceRulesService,
  refreshCurrent,
  refreshEvidenceSummary,
  storedEvaluation,
  TimelineService,
} from '@lotse/server/childminders';
import type { EntityManager } from 'typeorm';
import { OfficeToday } from './office-today';

/**
 * A home visit recorded in the permit workflow is also the `home_visit` evidence of the file
 * (domain.md: "before every permit and renewal"), so checklist and decision agree. Written in the
 * caller's transaction, with the same "newest item is current" rule as every other evidence.
 */
@Injectable()
export class HomeVisitEvidence {
  constructor(
    private readonly rules: EvidenceRulesService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeToday,
  ) {}

  async record(m: EntityManager, actor: RequestUser, cm: Childminder, date: string): Promise<void> {
    const { rule } = await this.rules.one(cm.tenantId, 'home_visit', m);
    const facts = { date, submittedOn: this.day.today(), units: null, relevantConviction: null };
    const repo = m.getRepository(EvidenceItem);
    const item = await repo.save(
      repo.create({
        tenantId: cm.tenantId,
        childminderId: cm.id,
        type: 'home_visit',
        personName: null,
        personKey: '',
        ...facts,
        note: 'Im Verfahren zur Pflegeerlaubnis erfasst.',
        inspectedBy: null,
        inspectedAt: null,
        ...storedEvaluation(rule, facts),
        current: false,
        recordedBy: actor.id,
        checked: true,
      }),
    );
    await refreshCurrent(m, cm.id, 'home_visit', '');
    await refreshEvidenceSummary(m, [cm.id]);
    await this.timeline.record(m, {
      tenantId: cm.tenantId,
      childminderId: cm.id,
      actorId: actor.id,
      type: 'evidence_recorded',
      details: { itemId: item.id, evidenceType: 'home_visit' },
    });
  }
}
