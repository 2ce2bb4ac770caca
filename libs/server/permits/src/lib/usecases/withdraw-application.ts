import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PermitApplicationDto, WithdrawApplicationDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { purgeGoodConduct, TimelineService } from '@lotse/server/childminders';
import { DataSource } from 'typeorm';
import { PermitApplication } from '../entities';
import { OfficeToday } from '../shared/office-today';
import { PermitAccess } from '../shared/permit-access';
import { ReadApplications } from './read-applications';

export const ALREADY_DECIDED = 'Über diesen Antrag ist bereits entschieden. Ein entschiedener Antrag kann nicht mehr zurückgezogen werden.';
export const ALREADY_WITHDRAWN = 'Dieser Antrag ist bereits zurückgezogen.';

/**
 * The childminder withdraws her own application while it is open (`submitted` or `in_review`).
 * It leaves the advisors' queue, and the "one open application" index frees her to apply again.
 * The row is locked like the decision does it, so a withdrawal and a decision racing for the same
 * application never both succeed: the second one finds the changed status. Advisors do not
 * withdraw on her behalf (the route is for childminders only): an application she no longer
 * pursues is hers to withdraw; the office refuses one it cannot grant.
 */
@Injectable()
export class WithdrawApplication {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly read: ReadApplications,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeToday,
  ) {}

  async execute(actor: RequestUser, applicationId: string, dto: WithdrawApplicationDto): Promise<PermitApplicationDto> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(PermitApplication);
      const app = await repo.findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!app || app.tenantId !== actor.tenantId)
        return this.access.denied(actor, 'permit_application', applicationId, app ? 'other tenant' : 'unknown');
      // Another childminder's application: 404 and `access.denied`, as for her file.
      const cm = await this.access.childminder(m, actor, app.childminderId, 'permit-application.withdraw');
      if (app.status === 'withdrawn')
        throw apiError(422, ALREADY_WITHDRAWN, [{ field: '', message: ALREADY_WITHDRAWN, code: 'withdrawn' }]);
      if (app.status === 'decided') throw apiError(422, ALREADY_DECIDED, [{ field: '', message: ALREADY_DECIDED, code: 'decided' }]);
      if (app.version !== dto.version)
        throw apiError(409, 'Der Antrag wurde inzwischen von der Fachberatung bearbeitet. Bitte laden Sie neu.');

      const reason = dto.reason?.trim() || null;
      const previousStatus = app.status;
      Object.assign(app, { status: 'withdrawn', withdrawnAt: this.day.now(), withdrawnBy: actor.id, withdrawalReason: reason });
      await repo.save(app);
      // § 72a Abs. 5: she does not take up the activity — the certificate data go at once.
      if (!cm.wasActive)
        await purgeGoodConduct(
          m,
          { audit: this.audit, timeline: this.timeline },
          [{ id: cm.id, tenantId: cm.tenantId, reason: 'not_taken_up' }],
          null,
        );
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'permit_withdrawn',
        details: { applicationId: app.id, kind: app.kind, ...(reason ? { reason } : {}) },
      });
      await this.audit.record(
        {
          action: 'permit.withdraw',
          actor,
          targetType: 'permit_application',
          targetId: app.id,
          details: { kind: app.kind, previousStatus },
        },
        m,
      );
      return this.read.get(actor, app.id, m);
    });
  }
}
