import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { de, STAFF_ONLY_EVIDENCE_TYPES, type EvidenceItemDto, type FieldError, type RecordEvidenceDto } from '@lotse/shared/contracts';
import { apiError, INVALID_INPUT, type RequestUser, allows } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { EvidenceItem } from '../entities';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { personKey, storedEvaluation } from '../shared/evidence-evaluation';
import { recomputeFileItems } from '../shared/person-evaluation';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { refreshCurrent, refreshEvidenceSummary } from '../shared/evidence-store';
import { toItemDto } from '../shared/mappers';
import { OfficeDay } from '../shared/office-day';
import { People } from '../shared/people';
import { TimelineService } from '../shared/timeline.service';

/**
 * Records one evidence item. The newest item of a type (and person) becomes current; expiry and
 * acceptability are computed from the tenant's rule and stored. The certificate of good conduct is
 * recorded by advisors only and only as an inspection: date, conviction yes/no, person, inspected
 * by whom and when (§72a Abs. 5 SGB VIII) — no note, no copy. An item the childminder records
 * herself is a declaration (`checked` false) until an advisor confirms it (ConfirmEvidenceItem or a
 * confirmed document); only checked items count for the checklist and the permit.
 */
@Injectable()
export class RecordEvidence {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly rules: EvidenceRulesService,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
  ) {}

  async execute(actor: RequestUser, id: string | 'me', dto: RecordEvidenceDto): Promise<EvidenceItemDto> {
    if ((STAFF_ONLY_EVIDENCE_TYPES as readonly string[]).includes(dto.type) && !allows(actor, 'evidence.confirm')) {
      throw apiError(403, 'Diesen Nachweis erfasst die Fachberatung (Führungszeugnis: Vorlage im Original; Hausbesuch).');
    }
    const today = this.day.today();
    return this.dataSource.transaction(async (m) => {
      const cm =
        id === 'me'
          ? await this.access.own(actor, { manager: m, lock: true })
          : await this.access.load(actor, id, { manager: m, lock: true });
      const { rule } = await this.rules.one(cm.tenantId, dto.type, m);
      const goodConduct = dto.type === 'good_conduct';
      const submittedOn = dto.submittedOn ?? today;
      const personName = dto.personName?.trim().replace(/\s+/g, ' ') || null;

      const errors: FieldError[] = [];
      if (dto.date > today) errors.push({ field: 'date', message: de.dateNotFuture, code: 'notFuture' });
      if (submittedOn > today) errors.push({ field: 'submittedOn', message: de.dateNotFuture, code: 'notFuture' });
      else if (submittedOn < dto.date)
        errors.push({ field: 'submittedOn', message: 'Die Vorlage kann nicht vor dem Datum des Nachweises liegen.', code: 'beforeDate' });
      if (rule.unitsRequired !== null && dto.units === undefined)
        errors.push({ field: 'units', message: de.unitsRequired, code: 'required' });
      if (personName && !rule.perHouseholdMember) errors.push({ field: 'personName', message: de.notForType, code: 'notForType' });
      if (personName && rule.perHouseholdMember && !cm.adultHouseholdMembers.some((n) => personKey(n) === personKey(personName))) {
        errors.push({
          field: 'personName',
          message: 'Bitte die Person zuerst im Profil unter „Erwachsene im Haushalt“ eintragen.',
          code: 'unknownPerson',
        });
      }
      if (!goodConduct && dto.relevantConviction !== undefined)
        errors.push({ field: 'relevantConviction', message: de.notForType, code: 'notForType' });
      if (goodConduct && dto.note)
        errors.push({
          field: 'note',
          message: 'Zum Führungszeugnis werden keine Notizen gespeichert (§ 72a Abs. 5 SGB VIII).',
          code: 'notForType',
        });
      if (goodConduct && dto.units !== undefined) errors.push({ field: 'units', message: de.notForType, code: 'notForType' });
      if (errors.length) throw apiError(400, INVALID_INPUT, errors);

      const facts = {
        date: dto.date,
        submittedOn,
        units: dto.units ?? null,
        relevantConviction: goodConduct ? dto.relevantConviction! : null,
      };
      const repo = m.getRepository(EvidenceItem);
      const item = await repo.save(
        repo.create({
          tenantId: cm.tenantId,
          childminderId: cm.id,
          type: dto.type,
          personName,
          personKey: personKey(personName),
          ...facts,
          note: dto.note?.trim() || null,
          inspectedBy: goodConduct ? actor.id : null,
          inspectedAt: goodConduct ? this.day.now() : null,
          ...storedEvaluation(rule, facts),
          current: false,
          recordedBy: actor.id,
          // What she records herself is a declaration until an advisor checks it.
          checked: allows(actor, 'evidence.confirm'),
        }),
      );
      // Her variant and, for continuing education, the sum of the period decide (issue 11).
      await recomputeFileItems(m, cm.id, rule, cm.qualificationVariant);
      await refreshCurrent(m, cm.id, item.type, item.personKey);
      await refreshEvidenceSummary(m, [cm.id]);
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'evidence_recorded',
        details: { itemId: item.id, evidenceType: item.type, ...(personName ? { personName } : {}) },
      });
      // No person names or results in the audit log: it outlives the §72a deletion.
      await this.audit.record(
        { action: 'evidence.record', actor, targetType: 'childminder', targetId: cm.id, details: { itemId: item.id, type: item.type } },
        m,
      );
      const fresh = await repo.findOneByOrFail({ id: item.id });
      return toItemDto(fresh, await People.load(m, [fresh.recordedBy, fresh.inspectedBy]), new Set());
    });
  }
}
