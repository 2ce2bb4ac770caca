import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisterChildminderDto } from '@lotse/shared/contracts';
import { APP_CONFIG, apiError, type AppConfig, Clock, LINK_PLACEHOLDER, OutboxService } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { ACCOUNT_COLUMNS, type Account, EMAIL_VERIFY_TTL_HOURS, EmailLinksService, hashPassword, planAccountMail, recipientOf, registrationExistingMail, User } from '@lotse/server/auth';
import { DataSource, type EntityManager } from 'typeorm';
import { Childminder } from '../entities';
import { loadOffice, mailFooter } from '../shared/office';
import { OfficeDay } from '../shared/office-day';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { TimelineService } from '../shared/timeline.service';
import { applyProfile, blankProfile, checkIdentity, tenantDistricts } from './profile-input';

/** Known and new addresses both answer after at least this long (argon2 runs in both paths too). */
const MIN_ANSWER_MS = 300;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    private readonly outbox: OutboxService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly rules: EvidenceRulesService,
    private readonly emailLinks: EmailLinksService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(dto: RegisterChildminderDto, ip: string | null): Promise<void> {
    // Cheap checks first (the DTO was validated and the rate limit counted before this runs).
    const tenants: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM tenant WHERE slug = $1`, [dto.tenantSlug]);
    const tenantId = tenants[0]?.id;
    if (!tenantId) throw apiError(400, 'Unbekanntes Jugendamt.', [{ field: 'tenantSlug', message: 'Unbekanntes Jugendamt.', code: 'tenant' }]);
    checkIdentity(dto, await tenantDistricts(this.dataSource.manager, tenantId), this.day.today());
    await Promise.all([this.registerOrTellOwner(dto, tenantId, ip), delay(MIN_ANSWER_MS)]);
  }

  private async registerOrTellOwner(dto: RegisterChildminderDto, tenantId: string, ip: string | null): Promise<void> {
    const email = dto.email.trim();
    // Hashed in both paths, so a known address does not answer faster.
    const passwordHash = await hashPassword(dto.password);
    const created = await this.dataSource
      .transaction(async (m) => {
        const taken = await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [email]);
        if (taken.length) return false;
        await this.create(m, dto, tenantId, email, passwordHash, ip);
        return true;
      })
      // A concurrent registration of the same address won the unique index: treat as known.
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === '23505') return false;
        throw e;
      });
    if (!created) await this.tellOwner(email, ip);
  }

  /** The owner of an address someone tried to register again gets a mail (at most one an hour), no link. */
  private async tellOwner(email: string, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [a]: Account[] = await m.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE lower(email) = lower($1)`, [email]);
      if (!a) return;
      await this.audit.record({ action: 'auth.registration_existing', actor: null, tenantId: a.tenant_id, targetType: 'user', targetId: a.id, outcome: 'denied', details: { ip } }, m);
      if (!a.active) return;
      const hour = this.clock.now().toISOString().slice(0, 13).replace(/[^0-9]/g, '');
      const forgot = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/forgot-password`;
      await planAccountMail(this.outbox, m, a, `registration-existing.${a.id}.${hour}`, registrationExistingMail(await recipientOf(m, a), forgot));
    });
  }

  private async create(m: EntityManager, dto: RegisterChildminderDto, tenantId: string, email: string, passwordHash: string, ip: string | null): Promise<void> {
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
        // Signs in only after opening the link in the welcome mail.
        emailVerifiedAt: null,
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
    const account: Account = { id: user.id, tenant_id: tenantId, role: 'childminder', email, first_name: user.firstName, last_name: user.lastName, locale: 'de', active: true };
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
