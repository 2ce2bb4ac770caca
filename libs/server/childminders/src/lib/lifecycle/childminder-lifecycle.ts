import { Injectable } from '@nestjs/common';
import { AuditService } from '@lotse/server/audit';
import { apiError } from '@lotse/server/core';
import { checkTransition, INITIAL_CHILDMINDER_STATUS, statusesLeadingTo, type ChildminderStatus } from '@lotse/shared/domain';
import type { EntityManager } from 'typeorm';
import { Childminder } from '../entities';
import { OfficeDay } from '../shared/office-day';
import { PermitStatusPort } from '../shared/permit-status.port';
import { returnedRows } from '../shared/sql';
import { TimelineService } from '../shared/timeline.service';
import { purgeGoodConduct } from '../usecases/purge-good-conduct';
import { ChildminderLifecyclePort, type StatusActor, type StatusChanged, type StatusChangeRequest } from './childminder-lifecycle.port';

const NOT_ALLOWED = 'Dieser Statuswechsel ist nicht zulässig.';

/** The status fields of a new file (registration or opened by the office): the lifecycle's start. */
export function openingState(now: Date): Pick<Childminder, 'status' | 'statusChangedAt' | 'wasActive' | 'endedOn'> {
  return { status: INITIAL_CHILDMINDER_STATUS, statusChangedAt: now, wasActive: false, endedOn: null };
}

/** The one assignment of `Childminder.status` (readonly everywhere else). */
function writeStatus(cm: Childminder, to: ChildminderStatus, now: Date, today: string): void {
  (cm as { status: ChildminderStatus }).status = to;
  cm.statusChangedAt = now;
  if (to === 'active') cm.wasActive = true;
  cm.endedOn = to === 'ended' ? today : null;
}

/**
 * The only writer of a childminder's status (issue 9): explicit transitions by advisors
 * (TransitionStatus), and through ChildminderLifecyclePort the permit workflow (application,
 * checks, issuing, revocation, expiry). Each change is checked against checkTransition, written
 * with `status_changed_at` / `was_active` / `ended_on`, put on the timeline (`status_changed`) and
 * audited (`childminder.transition`, actor null for the system) in the caller's transaction.
 * Ending a file ends her permits that day (PermitStatusPort.endPermits) and, if she was never
 * active, deletes the good-conduct data at once (§ 72a Abs. 5 SGB VIII).
 */
@Injectable()
export class ChildminderLifecycle extends ChildminderLifecyclePort {
  constructor(
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly permits: PermitStatusPort,
    private readonly day: OfficeDay,
  ) {
    super();
  }

  async change(m: EntityManager, actor: StatusActor, childminderId: string, req: StatusChangeRequest): Promise<StatusChanged | null> {
    const cm = await m.getRepository(Childminder).findOne({ where: { id: childminderId }, lock: { mode: 'pessimistic_write' } });
    if (!cm) throw apiError(404, 'Tagespflegeperson nicht gefunden.');
    return this.apply(m, actor, cm, req);
  }

  /** change() on a file the caller has loaded and locked in `m`; `cm` is updated in place. */
  async apply(m: EntityManager, actor: StatusActor, cm: Childminder, req: StatusChangeRequest): Promise<StatusChanged | null> {
    const from = cm.status;
    const to = req.to;
    if (req.onlyFrom && !req.onlyFrom.includes(from)) return null;
    const today = this.day.today();
    const hasValidPermit =
      to === 'active' ? (req.hasValidPermit ?? (await this.permits.hasValidPermit(cm.tenantId, cm.id, today, m))) : false;
    const check = checkTransition(from, to, { hasValidPermit });
    if (!check.allowed)
      throw apiError(422, check.reason ?? NOT_ALLOWED, [{ field: req.field ?? 'to', message: check.reason ?? '', code: 'transition' }]);
    writeStatus(cm, to, this.day.now(), today);
    await m.getRepository(Childminder).save(cm);
    const actorId = actor?.id ?? null;
    await this.timeline.record(m, {
      tenantId: cm.tenantId,
      childminderId: cm.id,
      actorId,
      type: 'status_changed',
      details: { from, to, note: req.note?.trim() || null },
    });
    await this.audit.record(
      { action: 'childminder.transition', actor, tenantId: cm.tenantId, targetType: 'childminder', targetId: cm.id, details: { from, to } },
      m,
    );
    if (to === 'ended') {
      const ended = await this.permits.endPermits(m, cm.tenantId, cm.id, today);
      if (ended.length) {
        await this.timeline.record(m, {
          tenantId: cm.tenantId,
          childminderId: cm.id,
          actorId,
          type: 'permit_ended',
          details: { numbers: ended, endedOn: today },
        });
      }
      if (!cm.wasActive) {
        await purgeGoodConduct(
          m,
          { audit: this.audit, timeline: this.timeline },
          [{ id: cm.id, tenantId: cm.tenantId, reason: 'not_taken_up' }],
          actorId,
        );
      }
    }
    return { childminderId: cm.id, tenantId: cm.tenantId, from, to };
  }

  async changeMany(
    m: EntityManager,
    to: ChildminderStatus,
    files: ReadonlyArray<{ childminderId: string; note: string | null }>,
    opts: { onlyFrom?: readonly ChildminderStatus[] } = {},
  ): Promise<StatusChanged[]> {
    if (to === 'active' || to === 'ended') throw new Error(`changeMany cannot move files to ${to}: use change()`);
    const from = statusesLeadingTo(to).filter((s) => !opts.onlyFrom || opts.onlyFrom.includes(s));
    if (files.length === 0 || from.length === 0) return [];
    const moved = returnedRows<{ id: string; tenant_id: string; from: ChildminderStatus }>(
      await m.query(
        `WITH old AS (SELECT id, status FROM childminder WHERE id = ANY($1::uuid[]) AND status = ANY($2::text[]) FOR UPDATE)
         UPDATE childminder c SET status = $3, status_changed_at = $4, ended_on = NULL, updated_at = now(), version = c.version + 1
           FROM old WHERE c.id = old.id
         RETURNING c.id, c.tenant_id, old.status AS "from"`,
        [[...new Set(files.map((f) => f.childminderId))], from, to, this.day.now()],
      ),
    );
    const notes = new Map(files.map((f) => [f.childminderId, f.note]));
    await this.timeline.recordMany(
      m,
      moved.map((c) => ({
        tenantId: c.tenant_id,
        childminderId: c.id,
        actorId: null,
        type: 'status_changed' as const,
        details: { from: c.from, to, note: notes.get(c.id) ?? null },
      })),
    );
    for (const c of moved) {
      await this.audit.record(
        {
          action: 'childminder.transition',
          actor: null,
          tenantId: c.tenant_id,
          targetType: 'childminder',
          targetId: c.id,
          details: { from: c.from, to },
        },
        m,
      );
    }
    return moved.map((c) => ({ childminderId: c.id, tenantId: c.tenant_id, from: c.from, to }));
  }
}
