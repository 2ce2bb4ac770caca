import type { TenantDto } from '@lotse/shared/contracts';
import { BaseEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** Settings hold everything that differs by state or office (office data now; rules per issue). */
export interface TenantSettings {
  office: TenantDto['office'];
  districts: string[];
  [key: string]: unknown;
}

/** One youth welfare office (Jugendamt). */
@Entity('tenant')
export class Tenant extends BaseEntity {
  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  state!: string;

  @Column('jsonb')
  settings!: TenantSettings;
}
