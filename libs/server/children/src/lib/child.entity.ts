import type { ChildDto } from '@lotse/shared/contracts';
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
}

export function toChildDto(c: Child): ChildDto {
  return {
    id: c.id,
    parentId: c.parentId,
    firstName: c.firstName,
    lastName: c.lastName,
    dateOfBirth: c.dateOfBirth,
    notes: c.notes,
    createdAt: c.createdAt.toISOString(),
    version: c.version,
  };
}
