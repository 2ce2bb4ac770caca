import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { de, type ResetPasswordDto } from '@lotse/shared/contracts';
import { APP_CONFIG, apiError, type AppConfig, Clock, OutboxService } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../password';
import { ACCOUNT_COLUMNS, endSessions, invalidateOpenTokens, planAccountMail, recipientOf, type Account } from './account';
import { passwordChangedMail, passwordResetMail } from './password-reset-mails';
import { hashResetToken, newResetToken, resetLink } from './reset-token';

/** Known and unknown addresses both answer after at least this long, so timing tells nothing. */
const MIN_ANSWER_MS = 300;
/** Closed tokens are kept this long (for support questions), then deleted. */
const KEEP_CLOSED_DAYS = 30;

const invalidToken = () => apiError(400, de.passwordResetTokenInvalid, [{ field: 'token', message: de.passwordResetTokenInvalid, code: 'resetToken' }]);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Passwort vergessen": a request plans a mail with a one-time link (only the token's hash is
 * stored); the confirmation sets the new password, uses up the token and ends every session of
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
  ) {}

  /** Same outcome and roughly the same time whether or not the address has an account. */
  async request(email: string, ip: string | null): Promise<void> {
    await Promise.all([this.issue(email.trim(), ip), delay(MIN_ANSWER_MS)]);
  }

  /** Returns the account's e-mail (its sign-in wait is cleared by the caller). */
  async confirm(dto: ResetPasswordDto, ip: string | null): Promise<string> {
    const tokenHash = hashResetToken(dto.token);
    // Checked before hashing, so invalid links cost no argon2 time; checked again under lock below.
    if (!(await this.openToken(this.dataSource.manager, tokenHash, false))) throw invalidToken();
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (m) => {
      const token = await this.openToken(m, tokenHash, true);
      if (!token) throw invalidToken(); // a concurrent confirmation used it first
      const now = this.clock.now();
      await m.query(`UPDATE password_reset_token SET used_at = $2 WHERE id = $1`, [token.token_id, now]);
      await invalidateOpenTokens(m, token.id, now);
      await m.query(`UPDATE app_user SET password_hash = $2, updated_at = $3, version = version + 1 WHERE id = $1`, [token.id, passwordHash, now]);
      // A stolen session must not survive the reset: end them all (sessions live in this database).
      const ended = await endSessions(m, token.id);
      await this.audit.record(
        { action: 'auth.password_reset', actor: { id: token.id, role: token.role, tenantId: token.tenant_id, ip }, targetType: 'user', targetId: token.id, details: { sessionsEnded: ended } },
        m,
      );
      await planAccountMail(this.outbox, m, token, `password-changed.${token.token_id}`, passwordChangedMail(await recipientOf(m, token), 'reset'));
      return token.email;
    });
  }

  private async issue(email: string, ip: string | null): Promise<void> {
    const [account]: Account[] = await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE lower(email) = lower($1)`,
      [email],
    );
    // Unknown address: nothing to do and nobody to attribute it to (no strangers' addresses in the log).
    if (!account) return;
    if (!account.active) {
      await this.audit.record({ action: 'auth.password_reset_requested', actor: null, tenantId: account.tenant_id, targetType: 'user', targetId: account.id, outcome: 'denied', details: { ip, reason: 'inactive' } });
      return;
    }
    const token = newResetToken();
    const now = this.clock.now();
    const ttl = this.config.PASSWORD_RESET_TTL_MINUTES;
    await this.dataSource.transaction(async (m) => {
      // Serialises requests for one account, so exactly one token stays open.
      await m.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [account.id]);
      await invalidateOpenTokens(m, account.id, now);
      const [{ id }] = await m.query(
        `INSERT INTO password_reset_token (tenant_id, user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [account.tenant_id, account.id, hashResetToken(token), now, new Date(now.getTime() + ttl * 60_000)],
      );
      await m.query(`DELETE FROM password_reset_token WHERE expires_at < $1`, [new Date(now.getTime() - KEEP_CLOSED_DAYS * 86_400_000)]);
      await this.audit.record(
        { action: 'auth.password_reset_requested', actor: null, tenantId: account.tenant_id, targetType: 'user', targetId: account.id, details: { ip } },
        m,
      );
      const mail = passwordResetMail(await recipientOf(m, account), resetLink(this.config.PUBLIC_URL, token), ttl);
      await planAccountMail(this.outbox, m, account, `password-reset.${id}`, mail);
    });
  }

  /** The open (unused, not invalidated, unexpired) token of an active account, optionally locked. */
  private async openToken(m: EntityManager, tokenHash: string, lock: boolean): Promise<(Account & { token_id: string }) | null> {
    const rows: Array<Account & { token_id: string }> = await m.query(
      `SELECT t.id AS token_id, u.id, u.tenant_id, u.role, u.email, u.first_name, u.last_name, u.locale, u.active
         FROM password_reset_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.invalidated_at IS NULL AND t.expires_at > $2 AND u.active
        ${lock ? 'FOR UPDATE OF t' : ''}`,
      [tokenHash, this.clock.now()],
    );
    return rows[0] ?? null;
  }
}
