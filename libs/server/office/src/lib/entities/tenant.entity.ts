import { BaseEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';
import type { TenantSettings } from '../settings/tenant-settings.schema';

/**
 * One youth welfare office (Jugendamt). `settings` is as stored: older rows may lack sections or
 * hold part of one, so read it through `OfficeSettings` / `withDefaults`, which fill the defaults.
 */
@Entity('tenant')
export class Tenant extends BaseEntity {
  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  state!: string;

  @Column('jsonb')
  settings!: Partial<TenantSettings>;
}
