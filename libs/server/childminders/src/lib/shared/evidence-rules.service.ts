import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceRuleDto } from '@lotse/shared/contracts';
import { DEFAULT_EVIDENCE_RULES, EVIDENCE_LABEL_DE, EVIDENCE_TYPES, type EvidenceRule, type EvidenceType } from '@lotse/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { EvidenceRuleEntity, toDomainRule } from '../entities';

export function toRuleDto(r: EvidenceRuleEntity): EvidenceRuleDto {
  return { ...toDomainRule(r), label: EVIDENCE_LABEL_DE[r.type], updatedAt: r.updatedAt.toISOString(), version: r.version };
}

/**
 * The tenant's evidence rules. Seeded lazily and idempotently with the NRW defaults the first time
 * a tenant needs them (any tenant, also one created later by an operator); a rule added to
 * EVIDENCE_TYPES later reaches existing tenants the same way. Admin edits are never overwritten.
 */
@Injectable()
export class EvidenceRulesService {
  /** Tenants seen complete by this process: skips the INSERT on every later call. */
  private readonly complete = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ensure(tenantId: string, m: EntityManager = this.dataSource.manager): Promise<void> {
    if (this.complete.has(tenantId)) return;
    await seedEvidenceRules(m, tenantId);
    // Inside a transaction the rows may still roll back: remember only committed work.
    if (!m.queryRunner?.isTransactionActive) this.complete.add(tenantId);
  }

  async entities(tenantId: string, m: EntityManager = this.dataSource.manager): Promise<EvidenceRuleEntity[]> {
    await this.ensure(tenantId, m);
    const rows = await m.getRepository(EvidenceRuleEntity).find({ where: { tenantId } });
    const order = new Map(EVIDENCE_TYPES.map((t, i) => [t, i]));
    return rows.filter((r) => order.has(r.type)).sort((a, b) => order.get(a.type)! - order.get(b.type)!);
  }

  async byType(
    tenantId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<EvidenceType, { entity: EvidenceRuleEntity; rule: EvidenceRule }>> {
    const rows = await this.entities(tenantId, m);
    return new Map(rows.map((r) => [r.type, { entity: r, rule: toDomainRule(r) }]));
  }

  async one(
    tenantId: string,
    type: EvidenceType,
    m: EntityManager = this.dataSource.manager,
  ): Promise<{ entity: EvidenceRuleEntity; rule: EvidenceRule }> {
    const map = await this.byType(tenantId, m);
    return map.get(type)!;
  }
}

/** Inserts the missing default rules of a tenant (used by the service, the demo seed and fixtures). */
export async function seedEvidenceRules(m: EntityManager, tenantId: string): Promise<void> {
  const rules = Object.values(DEFAULT_EVIDENCE_RULES);
  await m.query(
    `INSERT INTO evidence_rule (tenant_id, type, mandatory, validity_months, max_age_months_at_submission, units_required,
                                warning_days, applies_to, upload_allowed, per_household_member)
     SELECT $1, r.type, r.mandatory, r.validity_months, r.max_age, r.units, r.warning_days, r.applies_to, r.upload_allowed, r.per_household
       FROM unnest($2::text[], $3::boolean[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], $9::boolean[], $10::boolean[])
            AS r(type, mandatory, validity_months, max_age, units, warning_days, applies_to, upload_allowed, per_household)
     ON CONFLICT (tenant_id, type) DO NOTHING`,
    [
      tenantId,
      rules.map((r) => r.type),
      rules.map((r) => r.mandatory),
      rules.map((r) => r.validityMonths),
      rules.map((r) => r.maxAgeMonthsAtSubmission),
      rules.map((r) => r.unitsRequired),
      rules.map((r) => r.warningDays),
      rules.map((r) => r.appliesTo),
      rules.map((r) => r.uploadAllowed),
      rules.map((r) => r.perHouseholdMember),
    ],
  );
}
