import type { ChildDto, MeaslesProofStatus } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

@Entity('child')
export class Child extends TenantOwnedEntity {
  @Column('uuid')
  parentId!: string;

  @Column('text')
  firstName!: string;

  @Column('text')
  lastName!: string;

  @Column('date')
  dateOfBirth!: string;

  @Column('text', { nullable: true })
  notes!: string | null;

  /** §20 Abs. 8 IfSG: parents declare the proof, staff record it as seen; care cannot start without it. */
  @Column('text')
  measlesProof!: MeaslesProofStatus;

  @Column({ type: 'timestamptz', nullable: true })
  measlesProofRecordedAt!: Date | null;

  @Column('uuid', { nullable: true })
  measlesProofRecordedBy!: string | null;
}

export function toChildDto(c: Child, parentName: string | null = null): ChildDto {
  return {
    id: c.id,
    parentId: c.parentId,
    parentName,
    firstName: c.firstName,
    lastName: c.lastName,
    dateOfBirth: c.dateOfBirth,
    notes: c.notes,
    measlesProof: c.measlesProof,
    measlesProofRecordedAt: c.measlesProofRecordedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    version: c.version,
  };
}
