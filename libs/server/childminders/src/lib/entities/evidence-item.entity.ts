import type { EvidenceType } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/**
 * One recorded piece of evidence. Expiry, warning start and acceptability are computed from the
 * tenant's rule and stored (recomputed when the rule changes), so lists filter them by index.
 */
@Entity('evidence_item')
export class EvidenceItem extends TenantOwnedEntity {
  @Column('uuid')
  childminderId!: string;

  @Column('text')
  type!: EvidenceType;

  @Column('text', { nullable: true })
  personName!: string | null;

  /** lower(trim(personName)) or '' for the childminder: "same person" for superseding. */
  @Column('text')
  personKey!: string;

  @Column('date')
  date!: string;

  @Column('date', { nullable: true })
  submittedOn!: string | null;

  @Column('integer', { nullable: true })
  units!: number | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('boolean', { nullable: true })
  relevantConviction!: boolean | null;

  @Column('uuid', { nullable: true })
  inspectedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  inspectedAt!: Date | null;

  @Column('date', { nullable: true })
  expiresOn!: string | null;

  @Column('date', { nullable: true })
  warnFrom!: string | null;

  @Column('boolean')
  acceptable!: boolean;

  @Column('text', { nullable: true })
  unacceptableReason!: string | null;

  @Column('boolean')
  current!: boolean;

  @Column('uuid', { nullable: true })
  recordedBy!: string | null;

  /**
   * Whether the office has checked it: recorded by staff (or the system), a document confirmed, or
   * the original inspected (`confirmedBy`/`confirmedAt`). What a childminder records herself is a
   * declaration until then and does not count for the permit (domain.md "Only evidence an advisor
   * has checked counts").
   */
  @Column('boolean', { default: false })
  checked!: boolean;

  @Column('uuid', { nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
