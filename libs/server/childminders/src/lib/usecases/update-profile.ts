import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildminderProfileDto, UpdateChildminderProfileDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { EmailLinksService } from '@lotse/server/auth';
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
const OWN_LOGIN_EMAIL =
  'Ihre E-Mail-Adresse ist auch Ihre Anmeldung. Bitte ändern Sie sie unter „Profil“ → „E-Mail-Adresse ändern“ (mit Ihrem Passwort).';

/**
 * PATCH of a profile by the childminder (own) or an advisor (tenant). A stale version gives 409 and
 * changes nothing. For a file with an account, name and phone are kept in step with the account.
 * The e-mail of such a file is also the login: the owner changes it in her profile (with her
 * password); staff start the change here, and it takes effect (account and file) only when the
 * link mailed to the new address is opened (EmailLinksService).
 */
@Injectable()
export class UpdateProfile {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly emailLinks: EmailLinksService,
    private readonly rechecks: RecheckTasks,
  ) {}

  async execute(actor: RequestUser, id: string | 'me', dto: UpdateChildminderProfileDto): Promise<ChildminderProfileDto> {
    return this.dataSource.transaction(async (m) => {
      const cm =
        id === 'me'
          ? await this.access.own(actor, { manager: m, lock: true })
          : await this.access.load(actor, id, { manager: m, lock: true });
      if (dto.version !== cm.version) throw apiError(409, STALE);
      checkIdentity(dto, dto.district !== undefined ? await tenantDistricts(m, cm.tenantId) : [], this.day.today());
      const previousEmail = cm.email;
      const householdBefore = [...(cm.adultHouseholdMembers ?? [])];
      let changed = applyProfile(cm, dto);
      if (cm.userId && changed.includes('email')) {
        if (!cm.email)
          throw apiError(400, 'Die E-Mail-Adresse ist für Ihr Konto erforderlich.', [
            { field: 'email', message: 'Dieses Feld ist erforderlich.', code: 'required' },
          ]);
        if (cm.userId === actor.id)
          throw apiError(400, OWN_LOGIN_EMAIL, [{ field: 'email', message: OWN_LOGIN_EMAIL, code: 'loginEmail' }]);
        // Staff: link to the new address, notice to the old; the file keeps the old one until then.
        await this.emailLinks.requestChangeByStaff(m, actor, cm.userId, cm.email);
        cm.email = previousEmail;
        changed = changed.filter((f) => f !== 'email');
      }
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
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'profile_updated',
        details: { fields: changed },
      });
      await this.audit.record(
        { action: 'childminder.update', actor, targetType: 'childminder', targetId: cm.id, details: { fields: changed } },
        m,
      );
      // § 43 Abs. 3: a move, a new care location or a new adult in the household opens a re-check.
      await this.rechecks.fromProfileChange(m, actor, saved, changed, householdBefore);
      return toProfileDto(saved);
    });
  }

  private async syncAccount(m: EntityManager, cm: Childminder, changed: string[]): Promise<void> {
    if (changed.some((f) => ['firstName', 'lastName', 'phone'].includes(f))) {
      await m.query(
        `UPDATE app_user SET first_name = $2, last_name = $3, phone = $4, updated_at = now(), version = version + 1 WHERE id = $1`,
        [cm.userId, cm.firstName, cm.lastName, cm.phone],
      );
    }
  }
}
