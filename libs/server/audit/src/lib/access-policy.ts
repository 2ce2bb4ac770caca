import { Injectable } from '@nestjs/common';
import {
  apiError,
  can,
  ResourceFacts,
  type AccessAction,
  type AccessResource,
  type AccessScope,
  type RequestUser,
  type ResourceKind,
} from '@lotse/server/core';
import type { FieldError } from '@lotse/shared/contracts';
import { AuditService } from './audit.service';

export const FORBIDDEN = 'Dafür fehlt Ihnen die Berechtigung.';

/**
 * Enforces the access policy (`ACCESS_POLICY`, `can`) and is the one place where refusals are audited
 * (`access.denied`) and answered: 403 for a role without a grant, 404 for a record out of reach.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    private readonly audit: AuditService,
    private readonly facts: ResourceFacts,
  ) {}

  /** The action as such (a route, a list filtered by the returned scope). */
  async require(
    actor: RequestUser,
    action: AccessAction,
    target: { type: string; id: string } = { type: 'action', id: action },
    message = FORBIDDEN,
  ): Promise<AccessScope> {
    const decision = can(actor, action);
    if (!decision.allowed) {
      await this.audit.denied(actor, target.type, target.id, decision.reason);
      throw apiError(403, message);
    }
    return decision.scope;
  }

  /**
   * One record, loaded by the caller (often locked, in its transaction): returns it when the actor may
   * act on it. A record that does not exist (null) gets the same 404 as one out of reach, without an
   * audit entry. Refusals are written outside the caller's transaction: the request fails, the record
   * of it stays.
   */
  async requireRecord<T>(
    actor: RequestUser,
    action: AccessAction,
    target: { type: string; id: string; notFound: string; errors?: FieldError[] },
    record: T | null | undefined,
    facts: (record: T) => AccessResource,
  ): Promise<T> {
    if (record === null || record === undefined) {
      await this.require(actor, action);
      throw apiError(404, target.notFound, target.errors);
    }
    const decision = can(actor, action, facts(record));
    if (!decision.allowed) {
      await this.audit.denied(actor, target.type, target.id, decision.reason);
      throw decision.status === 403 ? apiError(403, FORBIDDEN) : apiError(404, target.notFound, target.errors);
    }
    return record;
  }

  /**
   * A refusal the policy table cannot express (a record that is not part of the file named in the path,
   * a permit not issued yet): audited here like every other, answered with 404.
   */
  async refuse(actor: RequestUser, target: { type: string; id: string; notFound: string }, reason: string | null): Promise<never> {
    // null: the record does not exist at all — nothing to audit.
    if (reason) await this.audit.denied(actor, target.type, target.id, reason);
    throw apiError(404, target.notFound);
  }

  /** A signed-in route that names no action in the policy is refused (fail closed), audited. */
  async refuseUnnamedRoute(actor: RequestUser, route: string): Promise<never> {
    await this.audit.denied(actor, 'route', route, 'route names no action in the access policy');
    throw apiError(403, FORBIDDEN);
  }

  /** A record named by kind and id: its facts come from the loader its domain registered. */
  async requireKind(actor: RequestUser, action: AccessAction, kind: ResourceKind, id: string): Promise<void> {
    const { notFound } = this.facts.loader(kind);
    await this.requireRecord(actor, action, { type: kind, id, notFound }, await this.facts.load(kind, id), (facts) => facts);
  }
}
