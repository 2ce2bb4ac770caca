import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { officeMessages, type CreatedOfficeDto, type CreateOfficeDto, type OfficeSummaryDto } from '@lotse/shared/contracts';
import { AuditService } from '@lotse/server/audit';
import { apiError, LINK_PLACEHOLDER, OutboxService, type RequestUser } from '@lotse/server/core';
import { createTenant, listOffices } from '@lotse/server/office';
import { DataSource } from 'typeorm';
import { OneTimeTokens } from '../links/one-time-tokens';
import { hashPassword } from '../password';
import { ACCOUNT_COLUMNS, planAccountMail, type Account } from '../password-reset/account';

/** The invitation link to set a password is valid this long (an admin may not read mail at once). */
export const INVITATION_TTL_DAYS = 7;

/**
 * Onboarding a real office (issue 9): the office (name, slug, state, districts, contact) and its
 * first admin, who gets an invitation mail with a one-time link to set her password (the
 * "Passwort vergessen" link: only a hash is stored, the job carries a reference to the token row and
 * the worker builds the link). One transaction; one code path for the operator page
 * (POST /api/operator/offices) and `cli.js create-office`.
 */
@Injectable()
export class OnboardOffice {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: OneTimeTokens,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<OfficeSummaryDto[]> {
    return listOffices(this.dataSource.manager);
  }

  /** `actor` is the operator; `null` from the CLI (the audit entry then names the CLI). */
  async execute(dto: CreateOfficeDto, actor: RequestUser | null, via: 'operator page' | 'cli create-office'): Promise<CreatedOfficeDto> {
    // Nobody knows this password: the admin sets her own through the invitation link.
    const unusable = await hashPassword(randomBytes(32).toString('base64url'));
    const email = dto.admin.email.trim();
    return this.dataSource.transaction(async (m) => {
      // The slug first (the office's identity), then the admin's address; either taken → 409, nothing written.
      const { tenantId } = await createTenant(m, dto);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('app_user.email:' || lower($1)))`, [email]);
      if ((await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [email])).length) {
        throw apiError(409, officeMessages.emailTaken, [{ field: 'admin.email', message: officeMessages.emailTaken, code: 'taken' }]);
      }
      const [{ id: adminId }] = await m.query(
        `INSERT INTO app_user (tenant_id, email, password_hash, first_name, last_name, role, email_verified_at) VALUES ($1, $2, $3, $4, $5, 'admin', now()) RETURNING id`,
        [tenantId, email, unusable, dto.admin.firstName.trim(), dto.admin.lastName.trim()],
      );
      await this.audit.record(
        {
          action: 'tenant.created',
          actor,
          tenantId,
          targetType: 'tenant',
          targetId: tenantId,
          details: { via, slug: dto.slug, adminId, ...(actor ? { operatorTenantId: actor.tenantId } : {}) },
        },
        m,
      );
      const [account]: Account[] = await m.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE id = $1`, [adminId]);
      const tokenId = await this.tokens.issue(m, account, 'password-reset', INVITATION_TTL_DAYS * 24 * 60);
      await planAccountMail(
        this.outbox,
        m,
        account,
        `invitation.${tokenId}`,
        {
          subject: 'Ihr Zugang zu Lotse',
          text: [
            `Guten Tag ${account.first_name} ${account.last_name},`,
            '',
            `für ${dto.name.trim()} ist in Lotse ein Zugang als Administratorin bzw. Administrator eingerichtet.`,
            'Bitte legen Sie über diesen Link Ihr Passwort fest; danach melden Sie sich mit Ihrer E-Mail-Adresse an:',
            '',
            LINK_PLACEHOLDER,
            '',
            `Der Link ist ${INVITATION_TTL_DAYS} Tage gültig. Danach fordern Sie auf der Anmeldeseite über „Passwort vergessen?“ einen neuen an.`,
            '',
            'Unter „Amtsdaten“ ergänzen Sie danach Anschrift, Sprechzeiten und Datenschutzhinweise Ihres Amtes.',
          ].join('\n'),
        },
        { link: { purpose: 'password-reset', tokenId } },
      );
      return { tenantId, adminId, slug: dto.slug.trim() };
    });
  }
}
