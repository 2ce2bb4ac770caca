import type { PartnerCategory, ReferralTopic } from '@lotse/shared/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One anonymous referral ("Weitervermittelt"). Deliberately not a TenantOwnedEntity: no
 * created/updated timestamps, no version, no staff id; `month` is the first day of the month.
 */
@Entity('referral')
export class Referral {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') tenantId!: string;
  @Column('uuid', { nullable: true }) partnerServiceId!: string | null;
  @Column('text') category!: PartnerCategory;
  @Column('text') topic!: ReferralTopic;
  @Column('date') month!: string;
}
