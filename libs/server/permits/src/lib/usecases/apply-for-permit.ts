import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplyForPermitDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { ChildminderLifecyclePort, TimelineService } from '@lotse/server/childminders';
import { REAPPLY_FROM } from '@lotse/shared/domain';
import { DataSource, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { Permit, PermitApplication } from '../entities';
import { OfficeToday } from '../shared/office-today';
import { PermitAccess } from '../shared/permit-access';

const INITIAL_FROM = ['applicant', 'in_qualification', 'suitability_check'];
const LATER_FROM = ['active', 'paused'];

/**
 * A childminder applies for her permit (initial), its renewal or an amendment. One open
 * application per file (unique index); renewal and amendment need an issued permit.
 * After her permit lapsed or was revoked (status `paused`, no valid permit) or her file ended, she
 * files a new first application: the file goes back to `applicant` and the path starts again
 * with a new check (domain.md "Care permit").
 */
@Injectable()
export class ApplyForPermit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly lifecycle: ChildminderLifecyclePort,
    private readonly day: OfficeToday,
  ) {}

  async execute(actor: RequestUser, dto: ApplyForPermitDto): Promise<{ id: string }> {
    return this.dataSource.transaction(async (m) => {
      const cm = await this.access.own(m, actor, { lock: true });
      const today = this.day.today();
      const reapply =
        dto.kind === 'initial' &&
        REAPPLY_FROM.includes(cm.status) &&
        !(await m.getRepository(Permit).exists({
          where: { childminderId: cm.id, status: 'issued', validFrom: LessThanOrEqual(today), validUntil: MoreThanOrEqual(today) },
        }));
      if (dto.kind === 'initial' && !INITIAL_FROM.includes(cm.status) && !reapply) {
        throw apiError(
          422,
          'Einen Antrag auf Pflegeerlaubnis stellen Sie nach Ihrer Bewerbung (Status „Bewerbung“, „In Qualifizierung“ oder „Eignungsprüfung“).',
          [{ field: 'kind', message: 'Im aktuellen Status ist kein Erstantrag möglich.', code: 'status' }],
        );
      }
      if (dto.kind !== 'initial') {
        const issued = await m.getRepository(Permit).findOne({ where: { childminderId: cm.id, status: 'issued' } });
        if (!issued || !LATER_FROM.includes(cm.status)) {
          throw apiError(422, 'Verlängerung oder Änderung setzt eine erteilte Pflegeerlaubnis voraus.', [
            { field: 'kind', message: 'Es gibt keine gültige Pflegeerlaubnis.', code: 'noPermit' },
          ]);
        }
      }
      const open = await m.getRepository(PermitApplication).findOne({
        where: [
          { childminderId: cm.id, status: 'submitted' },
          { childminderId: cm.id, status: 'in_review' },
        ],
      });
      if (open) throw apiError(409, 'Es gibt bereits einen offenen Antrag. Die Fachberatung bearbeitet ihn.');
      if (reapply) {
        await this.lifecycle.change(m, actor, cm.id, {
          to: 'applicant',
          note: 'Neuer Antrag auf Pflegeerlaubnis (erneute Eignungsprüfung)',
        });
      }
      const repo = m.getRepository(PermitApplication);
      const app = await repo.save(
        repo.create({
          tenantId: cm.tenantId,
          childminderId: cm.id,
          kind: dto.kind,
          status: 'submitted',
          requestedMaxChildren: dto.requestedMaxChildren,
          note: dto.note?.trim() || null,
          submittedBy: actor.id,
          submittedAt: this.day.now(),
          decision: null,
          refusalReason: null,
          decidedBy: null,
          decidedAt: null,
          withdrawnAt: null,
          withdrawnBy: null,
          withdrawalReason: null,
        }),
      );
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'permit_applied',
        details: { applicationId: app.id, kind: dto.kind, requestedMaxChildren: dto.requestedMaxChildren },
      });
      await this.audit.record(
        { action: 'permit.apply', actor, targetType: 'permit_application', targetId: app.id, details: { kind: dto.kind } },
        m,
      );
      return { id: app.id };
    });
  }
}
