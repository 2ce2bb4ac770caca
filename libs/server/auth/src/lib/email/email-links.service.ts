import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { de, type ChangeEmailDto } from '@lotse/shared/contracts';
import { APP_CONFIG, apiError, type AppConfig, Clock, OutboxService, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidateOpen, OneTimeTokens } from '../links/one-time-tokens';
import { verifyPassword } from '../password';
import { ACCOUNT_COLUMNS, endSessions, planAccountMail, recipientOf, type Account } from '../password-reset/account';
import { delay, MIN_ANSWER_MS } from '../password-reset/password-reset.service';
import { emailChangeConfirmMail, emailChangeNoticeMail, verifyEmailMail } from './email-mails';
import type { MailText } from '../password-reset/password-reset-mails';

/** How long a verification link of a new account stays valid. */
export const EMAIL_VERIFY_TTL_HOURS = 72;
/** How long the link to a new login e-mail stays valid. */
export const EMAIL_CHANGE_TTL_HOURS = 24;

const invalidLink = () => apiError(400, de.linkInvalid, [{ field: 'token', message: de.linkInvalid, code: 'linkToken' }]);
const wrongCurrent = () =>
  apiError(400, de.currentPasswordWrong, [{ field: 'currentPassword', message: de.currentPasswordWrong, code: 'currentPasswordWrong' }]);
const taken = (field: string) => apiError(409, de.emailTaken, [{ field, message: de.emailTaken, code: 'unique' }]);
const same = (field: string) => apiError(400, de.emailSame, [{ field, message: de.emailSame, code: 'emailSame' }]);

type AuditActor = Pick<RequestUser, 'id' | 'role' | 'tenantId' | 'ip'>;

/**
 * E-mail verification (new self-registered accounts) and changing the login e-mail. Both work by
 * one-time links (OneTimeTokens): the change takes effect only when the link mailed to the NEW
 * address is opened; the OLD address gets a notice at once.
 */
@Injectable()
export class EmailLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tokens: OneTimeTokens,
  ) {}

  /** Plans a verification link (in the caller's transaction); `mail` replaces the plain "please confirm" mail (e.g. a welcome). */
  async planVerification(m: EntityManager, a: Account, mail?: MailText, jobPrefix = 'email-verify'): Promise<string> {
    const id = await this.tokens.issue(m, a, 'email-verify', EMAIL_VERIFY_TTL_HOURS * 60);
    const text = mail ?? verifyEmailMail(await recipientOf(m, a), EMAIL_VERIFY_TTL_HOURS);
    await planAccountMail(this.outbox, m, a, `${jobPrefix}.${id}`, text, { link: { purpose: 'email-verify', tokenId: id } });
    return id;
  }

  async verify(token: string, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const t = await this.tokens.open(m, token, 'email-verify', true);
      if (!t) throw invalidLink();
      const now = this.clock.now();
      await this.tokens.use(m, t.token_id);
      await m.query(
        `UPDATE app_user SET email_verified_at = $2, updated_at = $2, version = version + 1 WHERE id = $1 AND email_verified_at IS NULL`,
        [t.id, now],
      );
      await this.audit.record(
        { action: 'auth.email_verified', actor: { id: t.id, role: t.role, tenantId: t.tenant_id, ip }, targetType: 'user', targetId: t.id },
        m,
      );
    });
  }

  /** A new verification link if the address has an active, unverified account; same answer and time otherwise. */
  async resend(email: string): Promise<void> {
    await Promise.all([this.resendNow(email.trim()), delay(MIN_ANSWER_MS)]);
  }

  private async resendNow(email: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [a]: Array<Account & { email_verified_at: Date | null }> = await m.query(
        `SELECT ${ACCOUNT_COLUMNS}, email_verified_at FROM app_user WHERE lower(email) = lower($1) FOR UPDATE`,
        [email],
      );
      if (!a || !a.active || a.email_verified_at) return;
      // A newer link voids the older one (OneTimeTokens.issue).
      await this.planVerification(m, a);
    });
  }

  /**
   * The signed-in user asks to change her login e-mail; her current password is checked under a
   * lock on her row. An address that already has an account gets the same answer (no enumeration)
   * but no link; the attempt is audited as refused.
   */
  async requestChange(user: RequestUser, dto: ChangeEmailDto): Promise<void> {
    const newEmail = dto.newEmail.trim();
    const wrong = await this.dataSource.transaction(async (m) => {
      const [a]: Array<Account & { password_hash: string | null }> = await m.query(
        `SELECT ${ACCOUNT_COLUMNS}, password_hash FROM app_user WHERE id = $1 FOR UPDATE`,
        [user.id],
      );
      if (!(await verifyPassword(a?.active ? a.password_hash : null, dto.currentPassword))) return true;
      if (newEmail.toLowerCase() === a.email.toLowerCase()) throw same('newEmail');
      if (await this.isTaken(m, newEmail, a.id)) {
        await this.audit.record(
          {
            action: 'auth.email_change_requested',
            actor: user,
            targetType: 'user',
            targetId: a.id,
            outcome: 'denied',
            details: { by: 'self', reason: 'address taken' },
          },
          m,
        );
        return false;
      }
      await this.planChange(m, a, newEmail, user, 'self');
      return false;
    });
    if (wrong) {
      await this.audit.record({
        action: 'auth.email_change_requested',
        actor: user,
        targetType: 'user',
        targetId: user.id,
        outcome: 'denied',
        details: { by: 'self', reason: 'wrong current password' },
      });
      throw wrongCurrent();
    }
  }

  /**
   * Staff change the login e-mail of an account they may edit (e.g. a childminder's file), in their
   * transaction: no password, but audited, and the same link and notice as for the owner.
   * `field`: where a 400/409 points in the caller's form.
   */
  async requestChangeByStaff(m: EntityManager, actor: RequestUser, userId: string, newEmail: string, field = 'email'): Promise<void> {
    const [a]: Account[] = await m.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE id = $1 AND tenant_id = $2 FOR UPDATE`, [
      userId,
      actor.tenantId,
    ]);
    if (!a) throw apiError(404, 'Benutzer nicht gefunden.');
    const email = newEmail.trim();
    if (email.toLowerCase() === a.email.toLowerCase()) return;
    if (await this.isTaken(m, email, a.id)) throw taken(field);
    await this.planChange(m, a, email, actor, 'staff');
  }

  private async planChange(m: EntityManager, a: Account, newEmail: string, actor: AuditActor, by: 'self' | 'staff'): Promise<void> {
    const id = await this.tokens.issue(m, a, 'email-change', EMAIL_CHANGE_TTL_HOURS * 60, newEmail);
    const r = await recipientOf(m, a);
    await planAccountMail(this.outbox, m, a, `email-change.${id}`, emailChangeConfirmMail(r, newEmail, EMAIL_CHANGE_TTL_HOURS), {
      link: { purpose: 'email-change', tokenId: id },
      to: newEmail,
    });
    await planAccountMail(this.outbox, m, a, `email-change-notice.${id}`, emailChangeNoticeMail(r, newEmail, by));
    await this.audit.record(
      { action: 'auth.email_change_requested', actor, tenantId: a.tenant_id, targetType: 'user', targetId: a.id, details: { by } },
      m,
    );
  }

  /**
   * Opens the link: the new address becomes the login (409 if another account took it meanwhile),
   * counts as verified, the account's other sessions end (the one opening the link stays if it is
   * the owner's), and a childminder's file keeps its contact e-mail in step with the login.
   */
  async confirmChange(token: string, ip: string | null, session: { id: string; userId?: string }): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const t = await this.tokens.open(m, token, 'email-change', true);
      if (!t?.new_email) throw invalidLink();
      await m.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [t.id]);
      if (await this.isTaken(m, t.new_email, t.id)) throw taken('token');
      const now = this.clock.now();
      await this.tokens.use(m, t.token_id);
      await invalidateOpen(m, t.id, 'email-change', now);
      // Reset links went to the old address: they end with it.
      await invalidateOpen(m, t.id, 'password-reset', now);
      await m.query(`UPDATE app_user SET email = $2, email_verified_at = $3, updated_at = $3, version = version + 1 WHERE id = $1`, [
        t.id,
        t.new_email,
        now,
      ]);
      // The childminder's file holds the login e-mail as its contact address (kept in step since issue 3).
      await m.query(
        `UPDATE childminder SET email = $2, updated_at = $3, version = version + 1 WHERE user_id = $1 AND email IS DISTINCT FROM $2`,
        [t.id, t.new_email, now],
      );
      const ended = await endSessions(m, t.id, session.userId === t.id ? session.id : null);
      await this.audit.record(
        {
          action: 'auth.email_changed',
          actor: { id: t.id, role: t.role, tenantId: t.tenant_id, ip },
          targetType: 'user',
          targetId: t.id,
          details: { sessionsEnded: ended },
        },
        m,
      );
    });
  }

  private async isTaken(m: EntityManager, email: string, exceptUserId: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND id <> $2`, [email, exceptUserId]);
    return rows.length > 0;
  }
}
