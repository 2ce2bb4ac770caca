import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { de, type ChangePasswordDto } from '@lotse/shared/contracts';
import { apiError, Clock, OutboxService, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../password';
import { invalidateOpen } from '../links/one-time-tokens';
import { ACCOUNT_COLUMNS, endSessions, planAccountMail, recipientOf, type Account } from '../password-reset/account';
import { passwordChangedMail } from '../password-reset/password-reset-mails';

const wrongCurrent = () =>
  apiError(400, de.currentPasswordWrong, [{ field: 'currentPassword', message: de.currentPasswordWrong, code: 'currentPasswordWrong' }]);
const samePassword = () =>
  apiError(400, de.newPasswordSame, [{ field: 'newPassword', message: de.newPasswordSame, code: 'newPasswordSame' }]);

/**
 * The signed-in owner changes her password in the profile: the current password is checked under
 * a lock on the user row; the new hash, closing open reset links, ending her other sessions, the
 * audit entry and the notice mail commit together.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(user: RequestUser, dto: ChangePasswordDto, keepSessionId: string): Promise<void> {
    const wrong = await this.dataSource.transaction(async (m) => {
      const [account]: Array<Account & { password_hash: string | null; version: number }> = await m.query(
        `SELECT ${ACCOUNT_COLUMNS}, password_hash, version FROM app_user WHERE id = $1 FOR UPDATE`,
        [user.id],
      );
      if (!(await verifyPassword(account?.active ? account.password_hash : null, dto.currentPassword))) return true;
      if (dto.newPassword === dto.currentPassword) throw samePassword();
      const now = this.clock.now();
      await m.query(`UPDATE app_user SET password_hash = $2, updated_at = $3, version = version + 1 WHERE id = $1`, [
        account.id,
        await hashPassword(dto.newPassword),
        now,
      ]);
      await invalidateOpen(m, account.id, 'password-reset', now);
      // A stolen session must not survive the change; the one the owner is using stays.
      const ended = await endSessions(m, account.id, keepSessionId);
      await this.audit.record(
        { action: 'auth.password_changed', actor: user, targetType: 'user', targetId: account.id, details: { sessionsEnded: ended } },
        m,
      );
      await planAccountMail(
        this.outbox,
        m,
        account,
        `password-changed.${account.id}.${Number(account.version) + 1}`,
        passwordChangedMail(await recipientOf(m, account), 'profile'),
      );
      return false;
    });
    if (wrong) {
      await this.audit.record({
        action: 'auth.password_changed',
        actor: user,
        targetType: 'user',
        targetId: user.id,
        outcome: 'denied',
        details: { reason: 'wrong current password' },
      });
      throw wrongCurrent();
    }
  }
}
