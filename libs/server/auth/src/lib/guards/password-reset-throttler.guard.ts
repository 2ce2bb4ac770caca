import { type ExecutionContext, Injectable } from '@nestjs/common';
import { apiError } from '@lotse/server/core';
import type { Request } from 'express';
import { bodyEmail, LoginThrottlerGuard } from './login-throttler.guard';

const TOO_MANY = 'Zu viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.';

/**
 * The login limiter (same Redis counters, same limit, per address and e-mail) for the reset
 * endpoints: it stops guessing from one client. Counters are per route, so resets and logins do not
 * use up each other's attempts. Reset requests are also counted per e-mail address whatever the
 * client address (`MAIL_LINK_REQUESTS_PER_HOUR`), so nobody can mail-bomb an address from many.
 */
@Injectable()
export class PasswordResetThrottlerGuard extends LoginThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!(await super.canActivate(context))) return false;
    const email = bodyEmail(context.switchToHttp().getRequest<Request>());
    if (email) await this.limitPerHour(context, 'reset-email', email, this.appConfig.MAIL_LINK_REQUESTS_PER_HOUR, TOO_MANY);
    return true;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw apiError(429, TOO_MANY);
  }
}
