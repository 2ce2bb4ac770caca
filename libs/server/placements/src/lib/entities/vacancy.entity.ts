import type { WeeklyTimeView } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** Free places a childminder offers (Freier Platz): from a date, at these times, for these ages. */
@Entity('vacancy')
export class Vacancy extends TenantOwnedEntity {
  @Column('uuid') childminderId!: string;
  @Column('date') fromDate!: string;
  @Column('jsonb') schedule!: WeeklyTimeView[];
  @Column('integer') agesFromMonths!: number;
  @Column('integer') agesToMonths!: number;
  @Column('integer') places!: number;
  @Column('text', { nullable: true }) note!: string | null;
  /** Last confirmed by the childminder (creating or changing it confirms too). */
  @Column({ type: 'timestamptz' }) confirmedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  /** Set by the daily scan; cleared when the childminder confirms again. */
  @Column({ type: 'timestamptz', nullable: true }) confirmRemindedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) hiddenNotifiedAt!: Date | null;
}
