import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** uuid id, timestamps and an optimistic-lock version for every record that people edit. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** Every record owned by one youth welfare office carries its tenant id. */
export abstract class TenantOwnedEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;
}
