import type { ProposalAnswer, ProposalStatus, WeeklyTimeView } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** The advisor's proposal of a childminder for a care request; both sides answer. */
@Entity('proposal')
export class Proposal extends TenantOwnedEntity {
  @Column('uuid') careRequestId!: string;
  @Column('uuid') childminderId!: string;
  @Column('text') status!: ProposalStatus;
  @Column('date') startOn!: string;
  @Column('jsonb') schedule!: WeeklyTimeView[];
  @Column('integer') settlingInWeeks!: number;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid') proposedBy!: string;
  @Column('text', { nullable: true }) parentAnswer!: ProposalAnswer | null;
  @Column('text', { nullable: true }) parentReason!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) parentAnsweredAt!: Date | null;
  @Column('text', { nullable: true }) childminderAnswer!: ProposalAnswer | null;
  @Column('text', { nullable: true }) childminderReason!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) childminderAnsweredAt!: Date | null;
  @Column('text', { nullable: true }) closedReason!: string | null;
  @Column('uuid', { nullable: true }) placementId!: string | null;
}
