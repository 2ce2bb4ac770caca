import type { RequestUser } from '@lotse/server/core';
import type { ChildminderStatus } from '@lotse/shared/domain';
import type { EntityManager } from 'typeorm';

/** Who changes a status: a signed-in person, or null for the system (daily scans). */
export type StatusActor = Pick<RequestUser, 'id' | 'role' | 'tenantId' | 'ip'> | null;

export interface StatusChangeRequest {
  to: ChildminderStatus;
  /**
   * Change only from these statuses; from any other the call changes nothing and returns null
   * (e.g. a revoked permit pauses the holder only if she is `active`). Without it every status is
   * a candidate. A candidate the transition table refuses gives 422 with the German reason.
   */
  onlyFrom?: readonly ChildminderStatus[];
  /** Shown on the timeline after the change ("Status: A → B – note"). */
  note?: string | null;
  /** For `active`: the caller vouches for a valid permit (issuing one); otherwise PermitStatusPort is asked. */
  hasValidPermit?: boolean;
  /** The field a 422 names (default `to`). */
  field?: string;
}

export interface StatusChanged {
  childminderId: string;
  tenantId: string;
  from: ChildminderStatus;
  to: ChildminderStatus;
}

/**
 * The only way other domains change a childminder's status (issue 9): validates the change against
 * the transition table of @lotse/shared/domain, writes the status, records the timeline entry
 * and the `childminder.transition` audit event — all in the caller's transaction (`m`), so they
 * commit or roll back with the change that caused them. Implemented by ChildminderLifecycle;
 * exported by ChildmindersModule (API and worker).
 */
export abstract class ChildminderLifecyclePort {
  /** One file, locked (`FOR UPDATE`) in `m`. Returns null when `onlyFrom` excludes its status. */
  abstract change(m: EntityManager, actor: StatusActor, childminderId: string, req: StatusChangeRequest): Promise<StatusChanged | null>;

  /**
   * Many files at once, by the system (daily scans): moves those whose status may lead to `to`
   * (and is in `onlyFrom`) and leaves the others. Not for `active` or `ended` (those need a
   * permit check or have consequences: use change()). Returns the files moved.
   */
  abstract changeMany(
    m: EntityManager,
    to: ChildminderStatus,
    files: ReadonlyArray<{ childminderId: string; note: string | null }>,
    opts?: { onlyFrom?: readonly ChildminderStatus[] },
  ): Promise<StatusChanged[]>;
}
