import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only (a database trigger refuses UPDATE and DELETE). */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  tenantId!: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text', { nullable: true })
  actorRole!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { nullable: true })
  targetType!: string | null;

  @Column('text', { nullable: true })
  targetId!: string | null;

  @Column('text')
  outcome!: 'ok' | 'denied';

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('jsonb', { nullable: true })
  details!: Record<string, unknown> | null;
}
