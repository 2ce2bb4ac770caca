import type { EvidenceAppliesTo, EvidenceType } from '@lotse/shared/contracts';
import type { EvidenceRule as DomainRule } from '@lotse/shared/domain';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** One evidence rule of a tenant: data, seeded with the NRW defaults, editable by admins. */
@Entity('evidence_rule')
export class EvidenceRuleEntity extends TenantOwnedEntity {
  @Column('text')
  type!: EvidenceType;

  @Column('boolean')
  mandatory!: boolean;

  @Column('integer', { nullable: true })
  validityMonths!: number | null;

  @Column('integer', { nullable: true })
  maxAgeMonthsAtSubmission!: number | null;

  @Column('integer', { nullable: true })
  unitsRequired!: number | null;

  @Column('integer')
  warningDays!: number;

  @Column('text')
  appliesTo!: EvidenceAppliesTo;

  @Column('boolean')
  uploadAllowed!: boolean;

  @Column('boolean')
  perHouseholdMember!: boolean;
}

export function toDomainRule(r: EvidenceRuleEntity): DomainRule {
  return {
    type: r.type,
    mandatory: r.mandatory,
    validityMonths: r.validityMonths,
    maxAgeMonthsAtSubmission: r.maxAgeMonthsAtSubmission,
    unitsRequired: r.unitsRequired,
    warningDays: r.warningDays,
    appliesTo: r.appliesTo,
    uploadAllowed: r.uploadAllowed,
    perHouseholdMember: r.perHouseholdMember,
  };
}
