import { Injectable } from '@nestjs/common';
import type { PermitStatusValue } from '@lotse/shared/contracts';
import {
  CHILDMINDER_STATUSES,
  permitStatusesLeadingTo,
  permitTransitionAllowed,
  type IsoDate,
  type PermitLifecycleStatus,
} from '@lotse/shared/domain';
import { AuditService } from '@lotse/server/audit';
import { ChildminderLifecyclePort, TimelineService } from '@lotse/server/childminders';
import { apiError, type RequestUser } from '@lotse/server/core';
import type { DeepPartial, EntityManager } from 'typeorm';
import { Permit } from '../entities';
import { OfficeToday } from '../shared/office-today';
import { returnedRows } from '../shared/sql';

// The contracts' permit statuses and the domain's lifecycle are the same list (compile-time check).
const SAME_STATUSES: [PermitStatusValue, PermitLifecycleStatus] extends [PermitLifecycleStatus, PermitStatusValue] ? true : never = true;
void SAME_STATUSES;

/** The one assignment of `Permit.status` (readonly everywhere else). */
function writeStatus(p: Permit, to: PermitStatusValue): void {
  (p as { status: PermitStatusValue }).status = to;
}

function assertAllowed(p: Permit, to: PermitStatusValue, refusal: string): void {
  if (!permitTransitionAllowed(p.status, to)) throw apiError(409, refusal);
}

const NOT_ACTIVE = CHILDMINDER_STATUSES.filter((s) => s !== 'active');

/**
 * Ending a file ends her permits that day (domain.md "Care permit"): issued ones and drafts
 * waiting for approval (nothing may be issued for a closed file) become `ended`, in the caller's
 * transaction. Returns their numbers. A function, not a method: PermitStatusFromPermits (the
 * childminder lifecycle's PermitStatusPort) calls it without depending on the childminder lifecycle.
 */
export async function endPermitsOfFile(m: EntityManager, tenantId: string, childminderId: string, onDate: IsoDate): Promise<string[]> {
  const rows = returnedRows<{ number: string | null }>(
    await m.query(
      `UPDATE permit SET status = 'ended', ended_on = $3, updated_at = now(), version = version + 1
        WHERE tenant_id = $1 AND childminder_id = $2 AND status = ANY($4::text[])
        RETURNING number, status`,
      [tenantId, childminderId, onDate, permitStatusesLeadingTo('ended')],
    ),
  );
  return rows.map((r) => r.number ?? '(Entwurf)');
}

/**
 * The only writer of a permit's status (issue 9): a decision's draft, the four-eyes approval,
 * issuing (the replaced permit becomes `superseded`, the holder `active`), revocation (the holder
 * is paused), expiry (daily scan; holders without another valid permit are paused) and the end
 * with the holder's file (endPermitsOfFile). Each change is checked against the permit lifecycle of
 * @lotse/shared/domain and written with its timeline entry and audit event in the caller's
 * transaction; the holder's status changes go through ChildminderLifecyclePort.
 */
@Injectable()
export class PermitLifecycle {
  constructor(
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly childminders: ChildminderLifecyclePort,
    private readonly day: OfficeToday,
  ) {}

  /** A grant's permit starts as a draft (issued at once, or after the four-eyes approval). */
  async draft(m: EntityManager, fields: Omit<DeepPartial<Permit>, 'status'>): Promise<Permit> {
    const repo = m.getRepository(Permit);
    return repo.save(repo.create({ ...fields, status: 'draft' }));
  }

  /** Four eyes: the second advisor approves the draft. Not saved here: issue() follows in the same transaction. */
  async approve(m: EntityManager, actor: RequestUser, permit: Permit): Promise<void> {
    assertAllowed(permit, 'approved', 'Diese Pflegeerlaubnis wartet nicht auf eine Freigabe.');
    writeStatus(permit, 'approved');
    permit.approvedBy = actor.id;
    permit.approvedAt = this.day.now();
    await this.audit.record({ action: 'permit.approve', actor, targetType: 'permit', targetId: permit.id }, m);
  }

  /**
   * Issues a numbered permit (number and document snapshot set by the caller). The holder becomes
   * `active` first — refused with 422 (field `status`) when her file cannot — then the permit is
   * `issued` and the one it replaces `superseded`.
   */
  async issue(m: EntityManager, actor: RequestUser, permit: Permit, replaces: Permit | null): Promise<Permit> {
    assertAllowed(permit, 'issued', 'Diese Pflegeerlaubnis kann nicht erteilt werden.');
    await this.childminders.change(m, actor, permit.childminderId, {
      to: 'active',
      onlyFrom: NOT_ACTIVE,
      hasValidPermit: true,
      field: 'status',
      note: `Pflegeerlaubnis ${permit.number} erteilt`,
    });
    writeStatus(permit, 'issued');
    permit.issuedAt = this.day.now();
    permit.issuedBy = actor.id;
    const saved = await m.getRepository(Permit).save(permit);
    if (replaces && permitTransitionAllowed(replaces.status, 'superseded')) {
      writeStatus(replaces, 'superseded');
      replaces.supersededById = saved.id;
      await m.getRepository(Permit).save(replaces);
    }
    await this.timeline.record(m, {
      tenantId: saved.tenantId,
      childminderId: saved.childminderId,
      actorId: actor.id,
      type: 'permit_issued',
      details: { permitId: saved.id, number: saved.number, validUntil: saved.validUntil, replaces: replaces?.number ?? null },
    });
    await this.audit.record(
      { action: 'permit.issue', actor, targetType: 'permit', targetId: saved.id, details: { number: saved.number } },
      m,
    );
    return saved;
  }

  /** Revokes an issued permit (409 otherwise); an `active` holder is paused: she may not care without one. */
  async revoke(m: EntityManager, actor: RequestUser, p: Permit, input: { effectiveOn: IsoDate; reason: string }): Promise<void> {
    assertAllowed(p, 'revoked', 'Nur eine erteilte, gültige Pflegeerlaubnis kann widerrufen werden.');
    writeStatus(p, 'revoked');
    p.revokedAt = this.day.now();
    p.revokedOn = input.effectiveOn;
    p.revokedReason = input.reason.trim();
    p.revokedBy = actor.id;
    await m.getRepository(Permit).save(p);
    await this.childminders.change(m, actor, p.childminderId, {
      to: 'paused',
      onlyFrom: ['active'],
      note: `Pflegeerlaubnis ${p.number} widerrufen`,
    });
    await this.timeline.record(m, {
      tenantId: p.tenantId,
      childminderId: p.childminderId,
      actorId: actor.id,
      type: 'permit_revoked',
      details: { permitId: p.id, number: p.number, reason: p.revokedReason, effectiveOn: p.revokedOn },
    });
    await this.audit.record({ action: 'permit.revoke', actor, targetType: 'permit', targetId: p.id }, m);
  }

  /**
   * Daily: issued permits past their last day become `expired`; their holders, if `active` and
   * without another valid permit, are paused (she can apply again). Returns the expired permits.
   */
  async expireDue(
    m: EntityManager,
    today: IsoDate,
  ): Promise<Array<{ id: string; tenant_id: string; childminder_id: string; number: string }>> {
    const rows: Array<{ id: string; tenant_id: string; childminder_id: string; number: string }> = await m.query(
      `WITH e AS (UPDATE permit SET status = 'expired', updated_at = now(), version = version + 1
                   WHERE status = ANY($2::text[]) AND valid_until < $1 RETURNING id, tenant_id, childminder_id, number)
       SELECT * FROM e`,
      [today, permitStatusesLeadingTo('expired')],
    );
    if (rows.length === 0) return rows;
    await this.timeline.recordMany(
      m,
      rows.map((p) => ({
        tenantId: p.tenant_id,
        childminderId: p.childminder_id,
        actorId: null,
        type: 'permit_expired' as const,
        details: { permitId: p.id, number: p.number },
      })),
    );
    const uncovered: Array<{ id: string }> = await m.query(
      `SELECT h.id FROM unnest($1::uuid[]) AS h(id)
        WHERE NOT EXISTS (SELECT 1 FROM permit p WHERE p.childminder_id = h.id AND p.status = 'issued' AND p.valid_from <= $2 AND p.valid_until >= $2)`,
      [[...new Set(rows.map((r) => r.childminder_id))], today],
    );
    const numbers = new Map(rows.map((r) => [r.childminder_id, r.number]));
    await this.childminders.changeMany(
      m,
      'paused',
      uncovered.map((h) => ({
        childminderId: h.id,
        note: `Pflegeerlaubnis ${numbers.get(h.id)} abgelaufen – ein neuer Antrag ist möglich`,
      })),
      { onlyFrom: ['active'] },
    );
    return rows;
  }
}
