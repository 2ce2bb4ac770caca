import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisterChildminderDto } from '@lotse/shared/contracts';
import { apiError, LINK_PLACEHOLDER } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { type Account, EMAIL_VERIFY_TTL_HOURS, EmailLinksService, SelfRegistration } from '@lotse/server/auth';
import { DataSource, type EntityManager } from 'typeorm';
import { Childminder } from '../entities';
import { loadOffice, mailFooter } from '../shared/office';
import { OfficeDay } from '../shared/office-day';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { TimelineService } from '../shared/timeline.service';
import { openingState } from '../lifecycle/childminder-lifecycle';
import { applyProfile, blankProfile, checkIdentity, tenantDistricts } from './profile-input';

/**
 * Public self-registration: one transaction creates the account (role childminder, e-mail not yet
 * confirmed), the file (status `interested`), the timeline entry, the audit entry and the welcome
 * mail with the confirmation link (outbox). An address that already has an account gets the same
 * answer, and its owner a mail instead ("someone tried to register; forgot your password?"), so
 * the form tells nobody which addresses have accounts.
 */
@Injectable()
export class RegisterChildminder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly rules: EvidenceRulesService,
    private readonly emailLinks: EmailLinksService,
    private readonly registration: SelfRegistration,
  ) {}

  async execute(dto: RegisterChildminderDto, ip: string | null): Promise<void> {
    // Cheap checks first (the DTO was validated and the rate limit counted before this runs).
    const tenants: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM tenant WHERE slug = $1`, [dto.tenantSlug]);
    const tenantId = tenants[0]?.id;
    if (!tenantId)
      throw apiError(400, 'Unbekanntes Jugendamt.', [{ field: 'tenantSlug', message: 'Unbekanntes Jugendamt.', code: 'tenant' }]);
    checkIdentity(dto, await tenantDistricts(this.dataSource.manager, tenantId), this.day.today());
    const email = dto.email.trim();
    await this.registration.register(
      { tenantId, role: 'childminder', email, password: dto.password, firstName: dto.firstName, lastName: dto.lastName, phone: dto.phone },
      ip,
      (m, account) => this.create(m, dto, account, ip),
    );
  }

  private async create(m: EntityManager, dto: RegisterChildminderDto, account: Account, ip: string | null): Promise<void> {
    const tenantId = account.tenant_id;
    const email = account.email;
    const user = { id: account.id };
    const repo = m.getRepository(Childminder);
    const cm = repo.create({ ...blankProfile(), tenantId, userId: user.id, createdBy: user.id, ...openingState(this.day.now()) });
    applyProfile(cm, { ...dto, email });
    const saved = await repo.save(cm);
    await this.rules.ensure(saved.tenantId, m);
    await refreshEvidenceSummary(m, [saved.id]);
    const actor = { id: user.id, role: 'childminder' as const, tenantId, ip };
    await this.timeline.record(m, { tenantId, childminderId: saved.id, actorId: user.id, type: 'registered' });
    await this.audit.record({ action: 'childminder.register', actor, targetType: 'childminder', targetId: saved.id }, m);
    const office = await loadOffice(m, tenantId);
    await this.emailLinks.planVerification(
      m,
      account,
      {
        subject: 'Ihre Registrierung als Tagespflegeperson',
        text: [
          `Guten Tag ${saved.firstName} ${saved.lastName},`,
          '',
          'vielen Dank für Ihr Interesse an der Kindertagespflege. Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über diesen Link;',
          'danach können Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden:',
          '',
          LINK_PLACEHOLDER,
          '',
          `Der Link ist ${EMAIL_VERIFY_TTL_HOURS} Stunden gültig. Auf der Anmeldeseite können Sie einen neuen anfordern.`,
          '',
          'In Lotse sehen Sie unter „Mein Weg zur Pflegeerlaubnis“, welche Nachweise noch fehlen,',
          'und können Bescheinigungen hochladen. Die Fachberatung meldet sich bei Ihnen für ein erstes Gespräch.',
          '',
          'Das erweiterte Führungszeugnis legen Sie bitte im Original bei der Fachberatung vor; es wird nicht hochgeladen.',
          '',
          mailFooter(office),
        ].join('\n'),
      },
      'welcome',
    );
  }
}
