import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { de, type ResetPasswordDto } from '@lotse/shared/contracts';
import { APP_CONFIG, apiError, type AppConfig, Clock, LINK_PLACEHOLDER, OutboxService } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { invalidateOpen, OneTimeTokens } from '../links/one-time-tokens';
import { hashPassword } from '../password';
import { ACCOUNT_COLUMNS, endSessions, planAccountMail, recipientOf, type Account } from './account';
import { passwordChangedMail, passwordResetMail } from './password-reset-mails';

/** Known and unknown addresses both answer after at least this long, so timing tells nothing. */
export const MIN_ANSWER_MS = 300;

const invalidToken = () =>
  apiError(400, de.passwordResetTokenInvalid, [{ field: 'token', message: de.passwordResetTokenInvalid, code: 'resetToken' }]);
export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Passwort vergessen": a request plans a mail with a one-time link (only the token's hash is
 * stored, the mail job names the token row and the worker builds the link); the confirmation sets the new password, uses up the token and ends every session of
 * the account, all in one transaction.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tokens: OneTimeTokens,
  ) {}

  /** Same outcome and roughly the same time whether or not the address has an account. */
  async request(email: string, ip: string | null): Promise<void> {
    await Promise.all([this.issue(email.trim(), ip), delay(MIN_ANSWER_MS)]);
  }

  /** Returns the account's e-mail (its sign-in wait is cleared by the caller). */
  async confirm(dto: ResetPasswordDto, ip: string | null): Promise<string> {
    // Checked before hashing, so invalid links cost no argon2 time; checked again under lock below.
    if (!(await this.tokens.open(this.dataSource.manager, dto.token, 'password-reset', false))) throw invalidToken();
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (m) => {
      const token = await this.tokens.open(m, dto.token, 'password-reset', true);
      if (!token) throw invalidToken(); // a concurrent confirmation used it first
      const now = this.clock.now();
      await this.tokens.use(m, token.token_id);
      await invalidateOpen(m, token.id, 'password-reset', now);
      await m.query(`UPDATE app_user SET password_hash = $2, updated_at = $3, version = version + 1 WHERE id = $1`, [
        token.id,
        passwordHash,
        now,
      ]);
      // A stolen session must not survive the reset: end them all (sessions live in this database).
      const ended = await endSessions(m, token.id);
      await this.audit.record(
        {
          action: 'auth.password_reset',
          actor: { id: token.id, role: token.role, tenantId: token.tenant_id, ip },
          targetType: 'user',
          targetId: token.id,
          details: { sessionsEnded: ended },
        },
        m,
      );
      await planAccountMail(
        this.outbox,
        m,
        token,
        `password-changed.${token.token_id}`,
        passwordChangedMail(await recipientOf(m, token), 'reset'),
      );
      return token.email;
    });
  }

  private async issue(email: string, ip: string | null): Promise<void> {
    const [account]: Account[] = await this.dataSource.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE lower(email) = lower($1)`, [
      email,
    ]);
    // Unknown address: nothing to do and nobody to attribute it to (no strangers' addresses in the log).
    if (!account) return;
    if (!account.active) {
      await this.audit.record({
        action: 'auth.password_reset_requested',
        actor: null,
        tenantId: account.tenant_id,
        targetType: 'user',
        targetId: account.id,
        outcome: 'denied',
        details: { ip, reason: 'inactive' },
      });
      return;
    }
    const ttl = this.config.PASSWORD_RESET_TTL_MINUTES;
    await this.dataSource.transaction(async (m) => {
      // Serialises requests for one account, so exactly one token stays open.
      await m.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [account.id]);
      const id = await this.tokens.issue(m, account, 'password-reset', ttl);
      await this.audit.record(
        {
          action: 'auth.password_reset_requested',
          actor: null,
          tenantId: account.tenant_id,
          targetType: 'user',
          targetId: account.id,
          details: { ip },
        },
        m,
      );
      const mail = passwordResetMail(await recipientOf(m, account), LINK_PLACEHOLDER, ttl);
      await planAccountMail(this.outbox, m, account, `password-reset.${id}`, mail, { link: { purpose: 'password-reset', tokenId: id } });
    });
  }
}
