import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildminderProfileDto, UpdateChildminderProfileDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { Childminder } from '../entities';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { toProfileDto } from '../shared/mappers';
import { OfficeDay } from '../shared/office-day';
import { RecheckTasks } from './recheck-tasks';
import { personKey } from '../shared/evidence-evaluation';
import { TimelineService } from '../shared/timeline.service';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { applyProfile, checkIdentity, tenantDistricts } from './profile-input';

const STALE = 'Die Daten wurden inzwischen geändert. Bitte laden Sie neu.';
const EMAIL_TAKEN = 'Diese E-Mail-Adresse ist bereits vergeben.';

/**
 * PATCH of a profile by the childminder (own) or an advisor (tenant). A stale version gives 409 and
 * changes nothing. For a file with an account, name, phone and e-mail are kept in step with the
 * account (the e-mail is also the login).
 */
@Injectable()
export class UpdateProfile {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly rechecks: RecheckTasks,
  ) {}

  async execute(actor: RequestUser, id: string | 'me', dto: UpdateChildminderProfileDto): Promise<ChildminderProfileDto> {
    return this.dataSource.transaction(async (m) => {
      const cm = id === 'me' ? await this.access.own(actor, { manager: m, lock: true }) : await this.access.load(actor, id, { manager: m, lock: true });
      if (dto.version !== cm.version) throw apiError(409, STALE);
      checkIdentity(dto, dto.district !== undefined ? await tenantDistricts(m, cm.tenantId) : [], this.day.today());
      const householdBefore = [...(cm.adultHouseholdMembers ?? [])];
      const changed = applyProfile(cm, dto);
      if (changed.length === 0) return toProfileDto(cm);
      if (cm.userId) await this.syncAccount(m, cm, changed);
      const saved = await m.getRepository(Childminder).save(cm);
      if (changed.includes('adultHouseholdMembers')) {
        // §72a: a member who left is purged 3 months later; one who returns keeps the record.
        const now = (cm.adultHouseholdMembers ?? []).map((n) => personKey(n));
        await m.query(
          `UPDATE evidence_item SET person_left_on = CASE WHEN person_key = ANY($2::text[]) THEN NULL ELSE coalesce(person_left_on, $3::date) END
            WHERE childminder_id = $1 AND type = 'good_conduct' AND person_key <> ''`,
          [cm.id, now, this.day.today()],
        );
      }
      // Measles applies by date of birth; household members need their own certificates.
      if (changed.includes('dateOfBirth') || changed.includes('adultHouseholdMembers')) await refreshEvidenceSummary(m, [cm.id]);
      await this.timeline.record(m, { tenantId: cm.tenantId, childminderId: cm.id, actorId: actor.id, type: 'profile_updated', details: { fields: changed } });
      await this.audit.record({ action: 'childminder.update', actor, targetType: 'childminder', targetId: cm.id, details: { fields: changed } }, m);
      // § 43 Abs. 3: a move, a new care location or a new adult in the household opens a re-check.
      await this.rechecks.fromProfileChange(m, actor, saved, changed, householdBefore);
      return toProfileDto(saved);
    });
  }

  private async syncAccount(m: EntityManager, cm: Childminder, changed: string[]): Promise<void> {
    if (changed.includes('email')) {
      if (!cm.email) throw apiError(400, 'Die E-Mail-Adresse ist für Ihr Konto erforderlich.', [{ field: 'email', message: 'Dieses Feld ist erforderlich.', code: 'required' }]);
      const taken = await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND id <> $2`, [cm.email, cm.userId]);
      if (taken.length) throw apiError(409, EMAIL_TAKEN, [{ field: 'email', message: EMAIL_TAKEN, code: 'unique' }]);
    }
    if (changed.some((f) => ['firstName', 'lastName', 'phone', 'email'].includes(f))) {
      await m.query(
        `UPDATE app_user SET first_name = $2, last_name = $3, phone = $4, email = COALESCE($5, email), updated_at = now(), version = version + 1 WHERE id = $1`,
        [cm.userId, cm.firstName, cm.lastName, cm.phone, cm.email],
      );
    }
  }
}
