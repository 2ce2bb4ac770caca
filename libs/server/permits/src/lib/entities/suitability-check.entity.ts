import type { CheckKind, Criterion, FindingRating, Recommendation } from '@lotse/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('suitability_check')
export class SuitabilityCheck {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') tenantId!: string;
  @Column('uuid') applicationId!: string;
  @Column('text') kind!: CheckKind;
  @Column('date') date!: string;
  @Column('text', { array: true }) personsPresent!: string[];
  @Column('text', { array: true }) roomsChecked!: string[];
  @Column('jsonb') findings!: Record<Criterion, { rating: FindingRating; note?: string }>;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('text') recommendation!: Recommendation;
  @Column('uuid', { nullable: true }) recordedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
