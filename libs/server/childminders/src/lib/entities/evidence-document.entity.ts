import type { DocumentReviewStatus } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** Links an uploaded document to an evidence item and carries the advisor's review. */
@Entity('evidence_document')
export class EvidenceDocument extends TenantOwnedEntity {
  @Column('uuid')
  childminderId!: string;

  @Column('uuid')
  evidenceItemId!: string;

  @Column('uuid')
  documentId!: string;

  @Column('text')
  status!: DocumentReviewStatus;

  @Column('text', { nullable: true })
  reviewReason!: string | null;

  @Column('uuid', { nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column('uuid', { nullable: true })
  uploadedBy!: string | null;
}
