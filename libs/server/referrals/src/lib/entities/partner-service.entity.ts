import type { PartnerCategory } from '@lotse/shared/contracts';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** A partner service of the office's referral guide (Erziehungsberatung, Kita, OGS, Hebamme …). */
@Entity('partner_service')
export class PartnerService extends TenantOwnedEntity {
  @Column('text') name!: string;
  @Column('text') category!: PartnerCategory;
  @Column('text') offer!: string;
  @Column('text', { nullable: true }) address!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) website!: string | null;
  @Column('text', { nullable: true }) openingHours!: string | null;
  @Column('boolean') active!: boolean;
}
