import type { WeeklyTimeView } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** A care relationship (Betreuungsverhältnis): a child with a childminder, from a date, at these times. */
@Entity('placement')
export class Placement extends TenantOwnedEntity {
  @Column('uuid') childId!: string;
  @Column('uuid') childminderId!: string;
  @Column('uuid', { nullable: true }) careRequestId!: string | null;
  @Column('uuid', { nullable: true }) proposalId!: string | null;
  @Column('date') startOn!: string;
  @Column('date') settlingInUntil!: string;
  /** Last day of care; planned (the permit's last day) or set when the placement ends. */
  @Column('date', { nullable: true }) endOn!: string | null;
  @Column('text', { nullable: true }) endReason!: string | null;
  @Column('jsonb') schedule!: WeeklyTimeView[];
  @Column('integer') weeklyMinutes!: number;
  @Column('uuid', { nullable: true }) createdBy!: string | null;
}
