import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildminderProfileDto, RegisterChildminderDto } from '@lotse/shared/contracts';
import { apiError, OutboxService } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { hashPassword, User } from '@lotse/server/auth';
import { DataSource } from 'typeorm';
import { Childminder } from '../entities';
import { toProfileDto } from '../shared/mappers';
import { loadOffice, mailFooter } from '../shared/office';
import { OfficeDay } from '../shared/office-day';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { TimelineService } from '../shared/timeline.service';
import { applyProfile, blankProfile, checkIdentity, tenantDistricts } from './profile-input';

const EMAIL_TAKEN = 'Für diese E-Mail-Adresse gibt es bereits ein Konto. Bitte melden Sie sich an.';

/**
 * Public self-registration: one transaction creates the account (role childminder), the file
 * (status `interested`), the timeline entry, the audit entry and the welcome mail (outbox).
 */
@Injectable()
export class RegisterChildminder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly rules: EvidenceRulesService,
  ) {}

  async execute(dto: RegisterChildminderDto, ip: string | null): Promise<ChildminderProfileDto> {
    const tenants: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM tenant WHERE slug = $1`, [dto.tenantSlug]);
    const tenantId = tenants[0]?.id;
    if (!tenantId) throw apiError(400, 'Unbekanntes Jugendamt.', [{ field: 'tenantSlug', message: 'Unbekanntes Jugendamt.', code: 'tenant' }]);
    checkIdentity(dto, await tenantDistricts(this.dataSource.manager, tenantId), this.day.today());
    const passwordHash = await hashPassword(dto.password);
    const email = dto.email.trim();

    return this.dataSource.transaction(async (m) => {
      const taken = await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [email]);
      if (taken.length) throw apiError(409, EMAIL_TAKEN, [{ field: 'email', message: EMAIL_TAKEN, code: 'unique' }]);
      const users = m.getRepository(User);
      const user = await users.save(
        users.create({
          tenantId,
          email,
          passwordHash,
          firstName: dto.firstName.trim(),
          lastName: dto.lastName.trim(),
          phone: dto.phone?.trim() || null,
          role: 'childminder',
          locale: 'de',
          active: true,
          lastLoginAt: null,
        }),
      );
      const repo = m.getRepository(Childminder);
      const cm = repo.create({ ...blankProfile(), tenantId, userId: user.id, createdBy: user.id, statusChangedAt: this.day.now() });
      applyProfile(cm, { ...dto, email });
      const saved = await repo.save(cm);
      await this.rules.ensure(saved.tenantId, m);
      await refreshEvidenceSummary(m, [saved.id]);
      const actor = { id: user.id, role: 'childminder' as const, tenantId, ip };
      await this.timeline.record(m, { tenantId, childminderId: saved.id, actorId: user.id, type: 'registered' });
      await this.audit.record({ action: 'childminder.register', actor, targetType: 'childminder', targetId: saved.id }, m);
      const office = await loadOffice(m, tenantId);
      await this.outbox.plan(m, {
        name: 'mail.send',
        tenantId,
        jobId: `welcome.${saved.id}`,
        data: {
          tenantId,
          to: email,
          subject: 'Ihre Registrierung als Tagespflegeperson',
          text: [
            `Guten Tag ${saved.firstName} ${saved.lastName},`,
            '',
            'vielen Dank für Ihr Interesse an der Kindertagespflege. Ihr Konto ist eingerichtet.',
            'In Lotse sehen Sie unter „Mein Weg zur Pflegeerlaubnis“, welche Nachweise noch fehlen,',
            'und können Bescheinigungen hochladen. Die Fachberatung meldet sich bei Ihnen für ein erstes Gespräch.',
            '',
            'Das erweiterte Führungszeugnis legen Sie bitte im Original bei der Fachberatung vor; es wird nicht hochgeladen.',
            '',
            mailFooter(office),
          ].join('\n'),
        },
      });
      return toProfileDto(saved);
    });
  }
}
