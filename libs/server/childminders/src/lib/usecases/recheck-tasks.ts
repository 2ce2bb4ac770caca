import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CloseRecheckTaskDto, RecheckEvent, RecheckTaskDto, ReportEventDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import type { Childminder } from '../entities';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { personKey } from '../shared/evidence-evaluation';
import { OfficeDay } from '../shared/office-day';
import { TimelineService } from '../shared/timeline.service';

/** Statuses of a holder (or former holder whose permit may be amended): her changes are § 43 Abs. 3 events. */
const HOLDER_STATUSES = ['active', 'paused'];

/**
 * § 43 Abs. 3 S. 6 SGB VIII: the holder informs the office of important events; each opens a
 * re-check task in the advisors' worklist (the permit may need amending). A profile change that is
 * such an event (new address, care location, a new adult in the household) opens it by itself.
 * The advisor closes the task with its outcome (e.g. amendment started).
 */
@Injectable()
export class RecheckTasks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly policy: AccessPolicy,
  ) {}

  /** The events a profile change is (in the caller's transaction); `before` is the household before the change. */
  async fromProfileChange(
    m: EntityManager,
    actor: RequestUser,
    cm: Childminder,
    changed: string[],
    householdBefore: string[],
  ): Promise<void> {
    if (!HOLDER_STATUSES.includes(cm.status)) return;
    const events: Array<{ event: RecheckEvent; description: string }> = [];
    if (changed.includes('address')) events.push({ event: 'move', description: `Neue Anschrift: ${cm.street}, ${cm.postcode} ${cm.city}` });
    if (changed.includes('careLocation')) events.push({ event: 'care_location', description: 'Betreuungsort geändert' });
    if (changed.includes('adultHouseholdMembers')) {
      const before = new Set(householdBefore.map((n) => personKey(n)));
      const added = (cm.adultHouseholdMembers ?? []).filter((n) => !before.has(personKey(n)));
      // A name is kept out of the task text: the §72a purge cleans the timeline, not free texts.
      if (added.length) events.push({ event: 'household', description: `${added.length} neue erwachsene Person(en) im Haushalt` });
    }
    for (const e of events) await this.open(m, actor, cm, 'profile_change', e.event, e.description);
  }

  async report(actor: RequestUser, dto: ReportEventDto): Promise<RecheckTaskDto> {
    return this.dataSource.transaction(async (m) => {
      const cm = await this.access.own(actor, { manager: m, lock: true });
      const id = await this.open(m, actor, cm, 'report', dto.event, dto.description.trim());
      await this.audit.record(
        {
          action: 'childminder.report_event',
          actor,
          targetType: 'childminder',
          targetId: cm.id,
          details: { taskId: id, event: dto.event },
        },
        m,
      );
      return (await this.rows(m, `t.id = $1`, [id]))[0];
    });
  }

  async list(actor: RequestUser, status: 'open' | 'closed' | undefined): Promise<RecheckTaskDto[]> {
    await this.access.require(actor, 'recheck-task.read', 'Die Arbeitsliste ist für die Fachberatung.');
    return this.rows(this.dataSource.manager, `t.tenant_id = $1 AND t.status = $2`, [actor.tenantId, status ?? 'open']);
  }

  async close(actor: RequestUser, id: string, dto: CloseRecheckTaskDto): Promise<RecheckTaskDto> {
    await this.access.require(actor, 'recheck-task.close', 'Aufgaben schließt die Fachberatung.');
    return this.dataSource.transaction(async (m) => {
      const [task] = await m.query(`SELECT id, tenant_id, childminder_id, status FROM recheck_task WHERE id = $1 FOR UPDATE`, [id]);
      await this.policy.requireRecord(
        actor,
        'recheck-task.close',
        { type: 'recheck_task', id, notFound: 'Aufgabe nicht gefunden.' },
        task,
        (x: { tenant_id: string }) => ({
          tenantId: x.tenant_id,
          owners: [],
        }),
      );
      if (task.status !== 'open') throw apiError(409, 'Diese Aufgabe ist bereits abgeschlossen.');
      const note = dto.note?.trim() || null;
      await m.query(
        `UPDATE recheck_task SET status = 'closed', outcome = $2, outcome_note = $3, closed_by = $4, closed_at = $5, updated_at = now(), version = version + 1 WHERE id = $1`,
        [id, dto.outcome, note, actor.id, this.day.now()],
      );
      await this.timeline.record(m, {
        tenantId: task.tenant_id,
        childminderId: task.childminder_id,
        actorId: actor.id,
        type: 'recheck_closed',
        details: { taskId: id, outcome: dto.outcome, ...(note ? { note } : {}) },
      });
      await this.audit.record(
        {
          action: 'recheck.close',
          actor,
          targetType: 'childminder',
          targetId: task.childminder_id,
          details: { taskId: id, outcome: dto.outcome },
        },
        m,
      );
      return (await this.rows(m, `t.id = $1`, [id]))[0];
    });
  }

  private async open(
    m: EntityManager,
    actor: RequestUser,
    cm: Childminder,
    source: 'profile_change' | 'report',
    event: RecheckEvent,
    description: string,
  ): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO recheck_task (tenant_id, childminder_id, source, event, description, opened_by, opened_at) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
      [cm.tenantId, cm.id, source, event, description, actor.id, this.day.now()],
    );
    await this.timeline.record(m, {
      tenantId: cm.tenantId,
      childminderId: cm.id,
      actorId: actor.id,
      type: 'recheck_opened',
      details: { taskId: id, event, source, description },
    });
    return id;
  }

  private async rows(m: EntityManager, where: string, params: unknown[]): Promise<RecheckTaskDto[]> {
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT t.*, c.first_name || ' ' || c.last_name AS name FROM recheck_task t JOIN childminder c ON c.id = t.childminder_id WHERE ${where} ORDER BY t.opened_at, t.created_at, t.id`,
      params,
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      childminderId: r['childminder_id'] as string,
      childminderName: r['name'] as string,
      source: r['source'] as RecheckTaskDto['source'],
      event: r['event'] as RecheckEvent,
      description: (r['description'] as string) ?? null,
      status: r['status'] as RecheckTaskDto['status'],
      outcome: (r['outcome'] as RecheckTaskDto['outcome']) ?? null,
      outcomeNote: (r['outcome_note'] as string) ?? null,
      openedAt: (r['opened_at'] as Date).toISOString(),
      closedAt: r['closed_at'] ? (r['closed_at'] as Date).toISOString() : null,
    }));
  }
}
