import type { ApplicationKind, PermitStatusValue } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';
import type { PermitDocumentData } from '../pdf/permit-document-data';

export interface CareLocationSnapshot {
  kind: 'own_home' | 'other_rooms' | 'large_day_care';
  siteName: string | null;
  street: string;
  postcode: string;
  city: string;
}

export interface HolderSnapshot {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  street: string;
  postcode: string;
  city: string;
  email: string | null;
}

@Entity('permit')
export class Permit extends TenantOwnedEntity {
  @Column('uuid') childminderId!: string;
  @Column('uuid', { nullable: true }) applicationId!: string | null;
  @Column('text') kind!: ApplicationKind;
  /** Written only by PermitLifecycle (readonly elsewhere; see docs/permits.md "Who writes the status"). */
  @Column('text') readonly status!: PermitStatusValue;
  /** Status `ended`: the day the holder's file ended, which ended the permit (§ 43 SGB VIII). */
  @Column('date', { nullable: true }) endedOn!: string | null;
  @Column('text', { nullable: true }) number!: string | null;
  @Column('integer', { nullable: true }) numberYear!: number | null;
  @Column('integer', { nullable: true }) numberSeq!: number | null;
  @Column('integer') maxChildren!: number;
  @Column('text', { nullable: true }) reasonForFewerChildren!: string | null;
  @Column('text', { array: true }) rooms!: string[];
  @Column('text', { array: true }) conditions!: string[];
  @Column('jsonb') careLocation!: CareLocationSnapshot;
  @Column('jsonb') holder!: HolderSnapshot;
  @Column('date') validFrom!: string;
  @Column('date') validUntil!: string;
  @Column('uuid', { nullable: true }) decidedBy!: string | null;
  @Column({ type: 'timestamptz' }) decidedAt!: Date;
  @Column('uuid', { nullable: true }) approvedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column('uuid', { nullable: true }) issuedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) issuedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column('date', { nullable: true }) revokedOn!: string | null;
  @Column('text', { nullable: true }) revokedReason!: string | null;
  @Column('uuid', { nullable: true }) revokedBy!: string | null;
  @Column('uuid', { nullable: true }) replacesId!: string | null;
  @Column('uuid', { nullable: true }) supersededById!: string | null;
  @Column('jsonb', { nullable: true }) documentData!: PermitDocumentData | null;
  @Column('uuid', { nullable: true }) documentId!: string | null;
}
