import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChecklistEntryDto, EvidenceChecklistDto, EvidenceDocumentDto, EvidenceStatus } from '@lotse/shared/contracts';
import { STAFF_ONLY_EVIDENCE_TYPES } from '@lotse/shared/contracts';
import { EVIDENCE_LABEL_DE, EVIDENCE_STATUSES, ruleForPerson, type IsoDate, type QualificationVariant } from '@lotse/shared/domain';
import { StoredDocument } from '@lotse/server/documents';
import { DataSource, In, type EntityManager } from 'typeorm';
import { type Childminder, EvidenceDocument, EvidenceItem } from '../entities';
import { personKey, statusOf } from '../shared/evidence-evaluation';
import { EvidenceRulesService, toRuleDto } from '../shared/evidence-rules.service';
import { toDocumentDto, toItemDto } from '../shared/mappers';
import { OfficeDay } from '../shared/office-day';
import { People } from '../shared/people';
import { effectiveUnits } from '../shared/person-evaluation';

/** Per-entry counts of one file, cheap enough for list pages (no documents, no names). */
export interface ChecklistCounts {
  expiring: number;
  expired: number;
  missing: number;
}

export type CountableFile = Pick<Childminder, 'id' | 'tenantId' | 'dateOfBirth' | 'adultHouseholdMembers'> & {
  qualificationVariant?: QualificationVariant;
};

/**
 * The checklist of a file: every evidence type with its rule, its status today (office time
 * zone), the expiry, the German reason, the current item and its documents. Good conduct has one
 * entry for the childminder and one per adult household member.
 */
@Injectable()
export class BuildChecklist {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: EvidenceRulesService,
    private readonly day: OfficeDay,
  ) {}

  async execute(cm: Childminder, m: EntityManager = this.dataSource.manager): Promise<EvidenceChecklistDto> {
    const today = this.day.today();
    const rules = await this.rules.entities(cm.tenantId, m);
    const items = await m.getRepository(EvidenceItem).find({ where: { childminderId: cm.id, current: true } });
    const links = items.length
      ? await m
          .getRepository(EvidenceDocument)
          .find({ where: { evidenceItemId: In(items.map((i) => i.id)) }, order: { createdAt: 'DESC' } })
      : [];
    const docs = links.length ? await m.getRepository(StoredDocument).find({ where: { id: In(links.map((l) => l.documentId)) } }) : [];
    const docById = new Map(docs.map((d) => [d.id, d]));
    const people = await People.load(m, [
      ...items.flatMap((i) => [i.recordedBy, i.inspectedBy]),
      ...links.flatMap((l) => [l.uploadedBy, l.reviewedBy]),
    ]);
    const confirmed = new Set(links.filter((l) => l.status === 'confirmed').map((l) => l.evidenceItemId));
    // Continuing education sums the courses of the period (issue 11): all of them, not only the current one.
    const courses = await m.getRepository(EvidenceItem).find({ where: { childminderId: cm.id, type: 'continuing_education' } });

    const entries: ChecklistEntryDto[] = [];
    for (const r of rules) {
      const base = toRuleDto(r);
      // The qualification follows her variant (standard QHB, pedagogical professional 80 UE, DJI).
      const rule = { ...base, ...ruleForPerson(base, cm.qualificationVariant) };
      const persons: Array<string | null> = r.perHouseholdMember ? [null, ...(cm.adultHouseholdMembers ?? [])] : [null];
      for (const person of persons) {
        const item = items.find((i) => i.type === r.type && i.personKey === personKey(person)) ?? null;
        const e = statusOf(rule, item ? { ...item, units: effectiveUnits(rule, item, courses) } : null, today, cm.dateOfBirth);
        const documents: EvidenceDocumentDto[] = item
          ? links
              .filter((l) => l.evidenceItemId === item.id && docById.has(l.documentId))
              .map((l) => toDocumentDto(l, docById.get(l.documentId)!, item, people))
          : [];
        entries.push({
          type: r.type,
          label: EVIDENCE_LABEL_DE[r.type],
          personName: person,
          rule,
          status: e.status,
          expiresOn: e.expiresOn,
          warnFrom: e.warnFrom,
          reason: e.reason,
          selfRecordable: !(STAFF_ONLY_EVIDENCE_TYPES as readonly string[]).includes(r.type),
          current: item ? toItemDto(item, people, confirmed) : null,
          documents,
        });
      }
    }
    const summary = Object.fromEntries(EVIDENCE_STATUSES.map((s) => [s, 0])) as Record<EvidenceStatus, number>;
    for (const e of entries) summary[e.status]++;
    const blocking = entries.filter((e) => e.rule.mandatory && (e.status === 'missing' || e.status === 'expired'));
    return {
      childminderId: cm.id,
      today,
      entries,
      summary,
      complete: blocking.length === 0,
      blockers: blocking.map((e) => `${e.label}${e.personName ? ` (${e.personName})` : ''}: ${e.reason ?? 'Nicht nachgewiesen.'}`),
    };
  }

  /** Counts for many files at once (advisor list page): plain rows, no entity hydration. */
  async counts(
    files: CountableFile[],
    m: EntityManager = this.dataSource.manager,
    today: IsoDate = this.day.today(),
  ): Promise<Map<string, ChecklistCounts>> {
    const out = new Map<string, ChecklistCounts>();
    if (files.length === 0) return out;
    const rules = await this.rules.entities(files[0].tenantId, m);
    const all: Array<{
      childminderId: string;
      type: string;
      personKey: string;
      date: string;
      submittedOn: string | null;
      units: number | null;
      relevantConviction: boolean | null;
      checked: boolean;
      current: boolean;
    }> = await m.query(
      `SELECT childminder_id AS "childminderId", type, person_key AS "personKey", to_char(date, 'YYYY-MM-DD') AS date,
                to_char(submitted_on, 'YYYY-MM-DD') AS "submittedOn", units, relevant_conviction AS "relevantConviction", checked, current
           FROM evidence_item WHERE childminder_id = ANY($1::uuid[]) AND (current OR type = 'continuing_education')`,
      [files.map((f) => f.id)],
    );
    const items = all.filter((i) => i.current);
    for (const cm of files) {
      const c = { expiring: 0, expired: 0, missing: 0 };
      const courses = all.filter((i) => i.childminderId === cm.id && i.type === 'continuing_education');
      for (const r of rules) {
        const rule = ruleForPerson(toRuleDto(r), cm.qualificationVariant);
        const persons: Array<string | null> = r.perHouseholdMember ? [null, ...(cm.adultHouseholdMembers ?? [])] : [null];
        for (const person of persons) {
          const item = items.find((i) => i.childminderId === cm.id && i.type === r.type && i.personKey === personKey(person)) ?? null;
          const s = statusOf(rule, item ? { ...item, units: effectiveUnits(rule, item, courses) } : null, today, cm.dateOfBirth).status;
          if (s === 'expiring') c.expiring++;
          else if (s === 'expired') c.expired++;
          else if (s === 'missing' && (rule.mandatory || item)) c.missing++;
        }
      }
      out.set(cm.id, c);
    }
    return out;
  }
}
