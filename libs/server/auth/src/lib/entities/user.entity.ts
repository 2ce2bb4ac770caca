import type { Locale, Role, UserDto } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

@Entity('app_user')
export class User extends TenantOwnedEntity {
  @Column('text')
  email!: string;

  @Column('text', { select: false })
  passwordHash!: string;

  @Column('text')
  firstName!: string;

  @Column('text')
  lastName!: string;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text')
  role!: Role;

  @Column('text')
  locale!: Locale;

  @Column('boolean')
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /**
   * When the owner confirmed the e-mail address (link). NULL only for self-registered accounts
   * that have not confirmed yet: they cannot sign in. Left out on insert, the column's default
   * (now()) applies: accounts staff create count as verified.
   */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt?: Date | null;
}

export function toUserDto(u: User): UserDto {
  return {
    id: u.id,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    phone: u.phone,
    role: u.role,
    locale: u.locale,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  };
}
