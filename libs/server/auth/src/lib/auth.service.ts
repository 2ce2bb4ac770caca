import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginDto, SessionUser } from '@lotse/shared/contracts';
import { Clock } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { User } from './entities/user.entity';
import { verifyPassword } from './password';
import { SessionUserService } from './session/session-user.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessionUsers: SessionUserService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Returns the user on success; null (same answer for unknown e-mail and wrong password) otherwise;
   * 'unverified' only after the CORRECT password of an account whose e-mail is not confirmed yet
   * (so it tells nothing to someone who does not know the password).
   */
  async login(dto: LoginDto, ip: string | null): Promise<SessionUser | null | 'unverified'> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: dto.email.trim() })
      .getOne();
    const ok = await verifyPassword(user?.active ? user.passwordHash : null, dto.password);
    if (!user || !ok) {
      await this.audit.record({
        action: 'auth.login_failed',
        actor: null,
        tenantId: user?.tenantId ?? null,
        targetType: 'user',
        targetId: user?.id,
        outcome: 'denied',
        details: { ip },
      });
      return null;
    }
    if (!user.emailVerifiedAt) {
      await this.audit.record({
        action: 'auth.login_failed',
        actor: null,
        tenantId: user.tenantId,
        targetType: 'user',
        targetId: user.id,
        outcome: 'denied',
        details: { ip, reason: 'email not verified' },
      });
      return 'unverified';
    }
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE app_user SET last_login_at = $2 WHERE id = $1`, [user.id, this.clock.now()]);
      await this.audit.record(
        {
          action: 'auth.login',
          actor: { id: user.id, role: user.role, tenantId: user.tenantId, ip },
          targetType: 'user',
          targetId: user.id,
        },
        m,
      );
    });
    return this.sessionUsers.load(user.id);
  }
}
