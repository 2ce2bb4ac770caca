import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RecordCheckDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { ChildminderLifecyclePort, TimelineService } from '@lotse/server/childminders';
import { DataSource } from 'typeorm';
import { PermitApplication, SuitabilityCheck } from '../entities';
import { HomeVisitEvidence } from '../shared/home-visit-evidence';
import { OfficeToday } from '../shared/office-today';
import { PermitAccess } from '../shared/permit-access';

/**
 * The advisor records a home visit or the suitability interview. The first record moves the file
 * to `suitability_check`; a home visit is also entered as the `home_visit` evidence item, so the
 * checklist (and the decision) see it.
 */
@Injectable()
export class RecordCheck {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly homeVisits: HomeVisitEvidence,
    private readonly lifecycle: ChildminderLifecyclePort,
    private readonly day: OfficeToday,
  ) {}

  async execute(actor: RequestUser, applicationId: string, dto: RecordCheckDto): Promise<{ id: string }> {
    if (dto.date > this.day.today()) {
      throw apiError(400, 'Die Eingaben sind unvollständig oder ungültig.', [
        { field: 'date', message: 'Das Datum darf nicht in der Zukunft liegen.', code: 'notFuture' },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      const app = await m.getRepository(PermitApplication).findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!app || app.tenantId !== actor.tenantId)
        return this.access.denied(actor, 'permit_application', applicationId, app ? 'other tenant' : 'unknown');
      if (app.status === 'withdrawn') throw apiError(409, 'Die Tagespflegeperson hat diesen Antrag zurückgezogen.');
      if (app.status !== 'submitted' && app.status !== 'in_review') throw apiError(409, 'Über diesen Antrag ist bereits entschieden.');
      const cm = await this.access.childminder(m, actor, app.childminderId, 'permit-application.check', { lock: true });
      const repo = m.getRepository(SuitabilityCheck);
      const check = await repo.save(
        repo.create({
          tenantId: app.tenantId,
          applicationId: app.id,
          kind: dto.kind,
          date: dto.date,
          personsPresent: dto.personsPresent.map((s) => s.trim()).filter(Boolean),
          roomsChecked: dto.roomsChecked.map((s) => s.trim()).filter(Boolean),
          findings: {
            personality: { rating: dto.findings.personality.rating, note: dto.findings.personality.note?.trim() },
            expertise: { rating: dto.findings.expertise.rating, note: dto.findings.expertise.note?.trim() },
            cooperation: { rating: dto.findings.cooperation.rating, note: dto.findings.cooperation.note?.trim() },
            rooms: { rating: dto.findings.rooms.rating, note: dto.findings.rooms.note?.trim() },
          },
          notes: dto.notes?.trim() || null,
          recommendation: dto.recommendation,
          recordedBy: actor.id,
        }),
      );
      if (app.status === 'submitted') {
        app.status = 'in_review';
        await m.getRepository(PermitApplication).save(app);
      }
      // The check starts the suitability check; an applicant passes through "in qualification"
      // (the lifecycle has no shortcut), each step on the timeline.
      if (app.kind === 'initial') {
        await this.lifecycle.change(m, actor, cm.id, {
          to: 'in_qualification',
          onlyFrom: ['applicant'],
          note: 'Antrag auf Pflegeerlaubnis in Bearbeitung',
        });
        await this.lifecycle.change(m, actor, cm.id, {
          to: 'suitability_check',
          onlyFrom: ['in_qualification'],
          note: 'Eignungsprüfung begonnen',
        });
      }
      if (dto.kind === 'home_visit') await this.homeVisits.record(m, actor, cm, dto.date);
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'check_recorded',
        details: { applicationId: app.id, checkId: check.id, kind: dto.kind, date: dto.date, recommendation: dto.recommendation },
      });
      await this.audit.record(
        { action: 'permit.check', actor, targetType: 'permit_application', targetId: app.id, details: { kind: dto.kind } },
        m,
      );
      return { id: check.id };
    });
  }
}
