import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildminderProfileDto, ChildminderStatus } from '@lotse/shared/contracts';
import { checkTransition } from '@lotse/shared/domain';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { Childminder } from '../entities';
import { ChildminderAccess, isStaff } from '../shared/childminder-access.service';
import { toProfileDto } from '../shared/mappers';
import { OfficeDay } from '../shared/office-day';
import { PermitStatusPort } from '../shared/permit-status.port';
import { TimelineService } from '../shared/timeline.service';
import { purgeGoodConduct } from './purge-good-conduct';

const STALE = 'Die Daten wurden inzwischen geändert. Bitte laden Sie neu.';

/**
 * Explicit, audited status changes along the path (checkTransition of @lotse/shared/domain).
 * `active` needs a valid permit (PermitStatusPort). Advisors move files; a childminder may only
 * hand in her application (interested → applicant). Ending a file of someone who was never
 * active deletes the good-conduct data at once (§72a Abs. 5 SGB VIII). Ending a file ends her
 * permit on that day (PermitStatusPort.endPermits), which stops its reminders.
 */
@Injectable()
export class TransitionStatus {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly permits: PermitStatusPort,
    private readonly day: OfficeDay,
  ) {}

  async execute(actor: RequestUser, id: string | 'me', input: { to: ChildminderStatus; note?: string; version?: number }): Promise<ChildminderProfileDto> {
    return this.dataSource.transaction(async (m) => {
      const cm = id === 'me' ? await this.access.own(actor, { manager: m, lock: true }) : await this.access.load(actor, id, { manager: m, lock: true });
      if (!isStaff(actor) && !(cm.status === 'interested' && input.to === 'applicant')) {
        throw apiError(403, 'Den Status ändert die Fachberatung.');
      }
      if (input.version !== undefined && input.version !== cm.version) throw apiError(409, STALE);
      const today = this.day.today();
      const hasValidPermit = input.to === 'active' ? await this.permits.hasValidPermit(cm.tenantId, cm.id, today, m) : false;
      const check = checkTransition(cm.status, input.to, { hasValidPermit });
      if (!check.allowed) throw apiError(422, check.reason ?? 'Dieser Statuswechsel ist nicht zulässig.', [{ field: 'to', message: check.reason ?? '', code: 'transition' }]);
      const from = cm.status;
      cm.status = input.to;
      cm.statusChangedAt = this.day.now();
      if (input.to === 'active') cm.wasActive = true;
      cm.endedOn = input.to === 'ended' ? today : null;
      const saved = await m.getRepository(Childminder).save(cm);
      const note = input.note?.trim() || null;
      await this.timeline.record(m, { tenantId: cm.tenantId, childminderId: cm.id, actorId: actor.id, type: 'status_changed', details: { from, to: input.to, note } });
      await this.audit.record({ action: 'childminder.transition', actor, targetType: 'childminder', targetId: cm.id, details: { from, to: input.to } }, m);
      if (input.to === 'ended') {
        const ended = await this.permits.endPermits(m, cm.tenantId, cm.id, today);
        if (ended.length) {
          await this.timeline.record(m, { tenantId: cm.tenantId, childminderId: cm.id, actorId: actor.id, type: 'permit_ended', details: { numbers: ended, endedOn: today } });
        }
      }
      if (input.to === 'ended' && !cm.wasActive) {
        await purgeGoodConduct(m, { audit: this.audit, timeline: this.timeline }, [{ id: cm.id, tenantId: cm.tenantId, reason: 'not_taken_up' }], actor.id);
      }
      return toProfileDto(saved);
    });
  }
}
