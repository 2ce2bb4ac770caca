import type { CareLocationType, ChildminderStatus, WeeklyTimeView } from '@lotse/shared/contracts';
import type { QualificationVariant } from '@lotse/shared/domain';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

/** A childminder's file (Tagespflegeperson): profile, status on the path to the permit. */
@Entity('childminder')
export class Childminder extends TenantOwnedEntity {
  @Column('uuid', { nullable: true })
  userId!: string | null;

  /** Written only by ChildminderLifecycle (readonly elsewhere; see docs/childminders.md "Who writes the status"). */
  @Column('text')
  readonly status!: ChildminderStatus;

  /** Which qualification applies to her (issue 11), recorded by an advisor with a reason. */
  @Column('text', { default: 'standard' })
  qualificationVariant!: QualificationVariant;

  @Column('text', { nullable: true })
  qualificationVariantReason!: string | null;

  @Column('uuid', { nullable: true })
  qualificationVariantSetBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  qualificationVariantSetAt!: Date | null;

  @Column({ type: 'timestamptz' })
  statusChangedAt!: Date;

  @Column('text')
  firstName!: string;

  @Column('text')
  lastName!: string;

  @Column('date')
  dateOfBirth!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text')
  street!: string;

  @Column('text')
  postcode!: string;

  @Column('text')
  city!: string;

  @Column('text')
  district!: string;

  @Column('text')
  careLocationType!: CareLocationType;

  @Column('text', { nullable: true })
  careSiteName!: string | null;

  @Column('text', { nullable: true })
  careStreet!: string | null;

  @Column('text', { nullable: true })
  carePostcode!: string | null;

  @Column('text', { nullable: true })
  careCity!: string | null;

  @Column('text', { array: true })
  languages!: string[];

  @Column('text', { nullable: true })
  pets!: string | null;

  @Column('boolean')
  smokingHousehold!: boolean;

  @Column('text', { nullable: true })
  nutrition!: string | null;

  @Column('text', { nullable: true })
  pedagogicalFocus!: string | null;

  @Column('integer', { nullable: true })
  agesFromMonths!: number | null;

  @Column('integer', { nullable: true })
  agesToMonths!: number | null;

  @Column('jsonb')
  weeklyTimes!: WeeklyTimeView[];

  @Column('text', { array: true })
  adultHouseholdMembers!: string[];

  /** Maintained by refreshEvidenceSummary (not by people): no version bump. */
  @Column({ type: 'date', nullable: true, update: false })
  nextExpiryOn!: string | null;

  @Column('boolean')
  wasActive!: boolean;

  @Column('date', { nullable: true })
  endedOn!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;
}
