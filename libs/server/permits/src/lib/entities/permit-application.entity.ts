import type { ApplicationKind, ApplicationStatus, Decision } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

@Entity('permit_application')
export class PermitApplication extends TenantOwnedEntity {
  @Column('uuid') childminderId!: string;
  @Column('text') kind!: ApplicationKind;
  @Column('text') status!: ApplicationStatus;
  @Column('integer') requestedMaxChildren!: number;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { nullable: true }) submittedBy!: string | null;
  @Column({ type: 'timestamptz' }) submittedAt!: Date;
  @Column('text', { nullable: true }) decision!: Decision | null;
  @Column('text', { nullable: true }) refusalReason!: string | null;
  @Column('uuid', { nullable: true }) decidedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column('uuid', { nullable: true }) withdrawnBy!: string | null;
  @Column('text', { nullable: true }) withdrawalReason!: string | null;
}
