import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@lotse/shared/contracts';
import { APP_CONFIG, type AppConfig, Clock, OutboxService } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { User } from '../entities/user.entity';
import { hashPassword } from '../password';
import { ACCOUNT_COLUMNS, planAccountMail, recipientOf, type Account } from '../password-reset/account';
import { registrationExistingMail } from './email-mails';

/** Known and new addresses both answer after at least this long (argon2 runs in both paths too). */
const MIN_ANSWER_MS = 300;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface NewAccount {
  tenantId: string;
  role: Extract<Role, 'childminder' | 'parent'>;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
}

/**
 * The public self-registration of every role (childminders, parents): the same answer and timing
 * for a known and an unknown address. A new address gets an account (e-mail not yet confirmed)
 * and whatever `onCreated` writes in the same transaction (the file, the verification mail); a
 * known one gets its owner a mail instead ("someone tried to register; forgot your password?", at
 * most one an hour), so the form tells nobody which addresses have accounts. The caller runs the
 * cheap checks (DTO, rate limit, office) before this, so argon2 only runs for plausible requests.
 */
@Injectable()
export class SelfRegistration {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async register(input: NewAccount, ip: string | null, onCreated: (m: EntityManager, account: Account) => Promise<void>): Promise<void> {
    await Promise.all([this.registerOrTellOwner(input, ip, onCreated), delay(MIN_ANSWER_MS)]);
  }

  private async registerOrTellOwner(
    input: NewAccount,
    ip: string | null,
    onCreated: (m: EntityManager, account: Account) => Promise<void>,
  ): Promise<void> {
    const email = input.email.trim();
    // Hashed in both paths, so a known address does not answer faster.
    const passwordHash = await hashPassword(input.password);
    const created = await this.dataSource
      .transaction(async (m) => {
        const taken = await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [email]);
        if (taken.length) return false;
        const users = m.getRepository(User);
        const user = await users.save(
          users.create({
            tenantId: input.tenantId,
            email,
            passwordHash,
            firstName: input.firstName.trim(),
            lastName: input.lastName.trim(),
            phone: input.phone?.trim() || null,
            role: input.role,
            locale: 'de',
            active: true,
            lastLoginAt: null,
            // Signs in only after opening the link in the welcome mail.
            emailVerifiedAt: null,
          }),
        );
        await onCreated(m, {
          id: user.id,
          tenant_id: input.tenantId,
          role: input.role,
          email,
          first_name: user.firstName,
          last_name: user.lastName,
          locale: 'de',
          active: true,
        });
        return true;
      })
      // A concurrent registration of the same address won the unique index: treat as known.
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === '23505') return false;
        throw e;
      });
    if (!created) await this.tellOwner(email, ip);
  }

  private async tellOwner(email: string, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [a]: Account[] = await m.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE lower(email) = lower($1)`, [email]);
      if (!a) return;
      await this.audit.record(
        {
          action: 'auth.registration_existing',
          actor: null,
          tenantId: a.tenant_id,
          targetType: 'user',
          targetId: a.id,
          outcome: 'denied',
          details: { ip },
        },
        m,
      );
      if (!a.active) return;
      const hour = this.clock
        .now()
        .toISOString()
        .slice(0, 13)
        .replace(/[^0-9]/g, '');
      const forgot = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/forgot-password`;
      await planAccountMail(
        this.outbox,
        m,
        a,
        `registration-existing.${a.id}.${hour}`,
        registrationExistingMail(await recipientOf(m, a), forgot),
      );
    });
  }
}
