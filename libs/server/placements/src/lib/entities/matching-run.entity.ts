import type { MatchingResult } from '@lotse/matching';
import { TenantOwnedEntity } from '@lotse/server/core';
import { Column, Entity } from 'typeorm';

export interface MatchingRunSummary {
  requests: number;
  placed: number;
  entitledRequests: number;
  entitledPlaced: number;
  upperBound: number;
  gap: number;
  millis: number;
  skipped: number;
  /** The office's priority order in words at the time of the run. */
  priorityOrder?: string;
}

/** One batch matching run of an office; the worker fills in the result. */
@Entity('matching_run')
export class MatchingRun extends TenantOwnedEntity {
  @Column('text') status!: 'queued' | 'running' | 'done' | 'failed';
  @Column('integer') seed!: number;
  @Column('integer') progress!: number;
  @Column('uuid') requestedBy!: string;
  @Column('text', { nullable: true }) instanceHash!: string | null;
  @Column('jsonb', { nullable: true }) result!:
    | (MatchingResult & {
        skipped?: Array<{ kind: string; id: string; reason: string }>;
        details?: Record<
          string,
          {
            score: number;
            distanceKm: number;
            reasons: Array<{ points: number; reason: string; code?: string; params?: Record<string, string | number> }>;
          }
        >;
        unplacedParams?: Record<string, Record<string, string | number>>;
      })
    | null;
  @Column('jsonb', { nullable: true }) summary!: MatchingRunSummary | null;
  @Column('text', { nullable: true }) error!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
