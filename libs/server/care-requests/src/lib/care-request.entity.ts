import type { CareNeedsView, CareRequestStatus, CareWishesView, WeeklyTimeView } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** A parent's request for care of one child (Betreuungsanfrage). At most one open request per child. */
@Entity('care_request')
export class CareRequest extends TenantOwnedEntity {
  @Column('uuid') childId!: string;
  @Column('uuid') parentId!: string;
  @Column('text') status!: CareRequestStatus;
  @Column('date') desiredStart!: string;
  @Column('jsonb') schedule!: WeeklyTimeView[];
  @Column('integer') weeklyMinutes!: number;
  @Column('text') street!: string;
  @Column('text') postcode!: string;
  @Column('text') city!: string;
  @Column('text') district!: string;
  @Column('integer') maxDistanceKm!: number;
  @Column('jsonb') needs!: CareNeedsView;
  @Column('jsonb') wishes!: CareWishesView;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('integer') ageAtStartMonths!: number;
  @Column('boolean') entitled!: boolean;
  @Column({ type: 'timestamptz' }) submittedAt!: Date;
  @Column('uuid', { nullable: true }) enteredBy!: string | null;
  @Column('uuid', { nullable: true }) reviewedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column('text', { nullable: true }) closedReason!: string | null;
}
