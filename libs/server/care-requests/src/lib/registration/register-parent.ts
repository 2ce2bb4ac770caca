import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisterParentDto } from '@lotse/shared/contracts';
import { apiError, LINK_PLACEHOLDER } from '@lotse/server/core';
import { mailFooter, OfficeSettings } from '@lotse/server/office';
import { AuditService } from '@lotse/server/audit';
import { EMAIL_VERIFY_TTL_HOURS, EmailLinksService, SelfRegistration } from '@lotse/server/auth';
import { DataSource } from 'typeorm';

/**
 * A parent registers on the public page: account (role parent, e-mail to be confirmed), audit entry
 * and the welcome mail with the confirmation link, in one transaction. The same answer for a known
 * address (its owner is told instead), so nobody learns which addresses have accounts.
 */
@Injectable()
export class RegisterParent {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registration: SelfRegistration,
    private readonly emailLinks: EmailLinksService,
    private readonly audit: AuditService,
  ) {}

  async execute(dto: RegisterParentDto, ip: string | null): Promise<void> {
    const [tenant]: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM tenant WHERE slug = $1`, [dto.tenantSlug]);
    if (!tenant)
      throw apiError(400, 'Unbekanntes Jugendamt.', [{ field: 'tenantSlug', message: 'Unbekanntes Jugendamt.', code: 'tenant' }]);
    await this.registration.register(
      {
        tenantId: tenant.id,
        role: 'parent',
        email: dto.email,
        password: dto.password,
        firstName: dto.firstName,
        lastName: dto.lastName,
        phone: dto.phone,
      },
      ip,
      async (m, account) => {
        await this.audit.record(
          {
            action: 'parent.register',
            actor: { id: account.id, role: 'parent', tenantId: tenant.id, ip },
            targetType: 'user',
            targetId: account.id,
          },
          m,
        );
        const office = await OfficeSettings.office(m, tenant.id);
        await this.emailLinks.planVerification(
          m,
          account,
          {
            subject: 'Ihre Registrierung bei der Fachberatung Kindertagespflege',
            text: [
              `Guten Tag ${account.first_name} ${account.last_name},`,
              '',
              'vielen Dank für Ihre Registrierung. Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über diesen Link;',
              'danach können Sie sich anmelden, Ihre Kinder eintragen und eine Betreuungsanfrage stellen:',
              '',
              LINK_PLACEHOLDER,
              '',
              `Der Link ist ${EMAIL_VERIFY_TTL_HOURS} Stunden gültig. Auf der Anmeldeseite können Sie einen neuen anfordern.`,
              '',
              mailFooter(office),
            ].join('\n'),
          },
          'welcome',
        );
      },
    );
  }
}
