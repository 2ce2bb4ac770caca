import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceRuleDto, UpdateEvidenceRuleDto } from '@lotse/shared/contracts';
import { checkLegalFloor, EVIDENCE_LABEL_DE, type EvidenceType, type QualificationVariant } from '@lotse/shared/domain';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { EvidenceRuleEntity, toDomainRule } from '../entities';
import { storedEvaluation } from '../shared/evidence-evaluation';
import { EvidenceRulesService, toRuleDto } from '../shared/evidence-rules.service';
import { refreshTenantEvidenceSummary } from '../shared/evidence-store';
import { PERSON_DEPENDENT_TYPES, recomputeFileItems } from '../shared/person-evaluation';

const EDITABLE = ['mandatory', 'validityMonths', 'maxAgeMonthsAtSubmission', 'unitsRequired', 'warningDays', 'appliesTo'] as const;
const CHUNK = 5000;

/**
 * An admin changes a rule of the tenant — tighter than the law, never looser (422 naming the rule
 * and each field below the legal floor). In the same transaction the stored expiry, warning start
 * and acceptability of all the tenant's items of that type are recomputed, so lists, checklists
 * and reminders follow the new rule at once.
 */
@Injectable()
export class UpdateEvidenceRule {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: EvidenceRulesService,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: RequestUser, type: EvidenceType, dto: UpdateEvidenceRuleDto): Promise<EvidenceRuleDto> {
    return this.dataSource.transaction(async (m) => {
      await this.rules.ensure(actor.tenantId, m);
      const repo = m.getRepository(EvidenceRuleEntity);
      const rule = await repo.findOne({ where: { tenantId: actor.tenantId, type }, lock: { mode: 'pessimistic_write' } });
      if (!rule) throw apiError(404, 'Regel nicht gefunden.');
      if (rule.version !== dto.version) throw apiError(409, 'Die Regel wurde inzwischen geändert. Bitte laden Sie neu.');
      const changes: Record<string, [unknown, unknown]> = {};
      for (const key of EDITABLE) {
        const value = dto[key];
        if (value !== undefined && value !== rule[key]) {
          changes[key] = [rule[key], value];
          (rule as unknown as Record<string, unknown>)[key] = value;
        }
      }
      if (Object.keys(changes).length === 0) return toRuleDto(rule);
      // Offices may tighten, never loosen below what the law requires (domain.md, LEGAL_EVIDENCE_FLOOR).
      const floor = checkLegalFloor(toDomainRule(rule), EVIDENCE_LABEL_DE[type]);
      if (floor.length)
        throw apiError(422, `Die Regel „${EVIDENCE_LABEL_DE[type]}“ darf die gesetzliche Mindestanforderung nicht unterschreiten.`, floor);
      const saved = await repo.save(rule);
      const recomputed = await this.recompute(m, saved);
      await this.audit.record(
        {
          action: 'evidence.rule_update',
          actor,
          targetType: 'evidence_rule',
          targetId: saved.id,
          details: { type, changes, recomputedItems: recomputed },
        },
        m,
      );
      return toRuleDto(saved);
    });
  }

  /** Recomputes the stored values of every item of the rule's type in the tenant; returns how many changed. */
  private async recompute(m: EntityManager, r: EvidenceRuleEntity): Promise<number> {
    const rule = toDomainRule(r);
    const items: Array<{
      id: string;
      childminder_id: string;
      date: string;
      submitted_on: string | null;
      units: number | null;
      relevant_conviction: boolean | null;
      expires_on: string | null;
      warn_from: string | null;
      acceptable: boolean;
    }> = await m.query(
      `SELECT id, childminder_id, to_char(date, 'YYYY-MM-DD') AS date, to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, units,
                relevant_conviction, to_char(expires_on, 'YYYY-MM-DD') AS expires_on, to_char(warn_from, 'YYYY-MM-DD') AS warn_from, acceptable
           FROM evidence_item WHERE tenant_id = $1 AND type = $2`,
      [r.tenantId, r.type],
    );
    const changed = items
      .map((i) => ({
        i,
        s: storedEvaluation(rule, { date: i.date, submittedOn: i.submitted_on, units: i.units, relevantConviction: i.relevant_conviction }),
      }))
      .filter(({ i, s }) => s.expiresOn !== i.expires_on || s.warnFrom !== i.warn_from || s.acceptable !== i.acceptable);
    for (let k = 0; k < changed.length; k += CHUNK) {
      const part = changed.slice(k, k + CHUNK);
      await m.query(
        `UPDATE evidence_item e SET expires_on = u.expires_on, warn_from = u.warn_from, acceptable = u.acceptable,
                unacceptable_reason = u.reason, updated_at = now()
           FROM unnest($1::uuid[], $2::date[], $3::date[], $4::boolean[], $5::text[]) AS u(id, expires_on, warn_from, acceptable, reason)
          WHERE e.id = u.id`,
        [
          part.map((x) => x.i.id),
          part.map((x) => x.s.expiresOn),
          part.map((x) => x.s.warnFrom),
          part.map((x) => x.s.acceptable),
          part.map((x) => x.s.unacceptableReason),
        ],
      );
    }
    // Her variant and the period's sum (qualification, continuing education): per file.
    if ((PERSON_DEPENDENT_TYPES as readonly string[]).includes(r.type)) {
      const files: Array<{ id: string; variant: QualificationVariant }> = await m.query(
        `SELECT DISTINCT c.id, c.qualification_variant AS variant FROM childminder c JOIN evidence_item i ON i.childminder_id = c.id WHERE c.tenant_id = $1 AND i.type = $2`,
        [r.tenantId, r.type],
      );
      for (const f of files) await recomputeFileItems(m, f.id, rule, f.variant);
    }
    // Every file, not only those with items of this type: the rule may have become mandatory.
    await refreshTenantEvidenceSummary(m, r.tenantId);
    return changed.length;
  }
}
