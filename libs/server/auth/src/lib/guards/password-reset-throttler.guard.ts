import { Injectable } from '@nestjs/common';
import { apiError } from '@lotse/server/core';
import { LoginThrottlerGuard } from './login-throttler.guard';

/**
 * The login limiter (same Redis counters, same limit, per address and e-mail) for the reset
 * endpoints: it stops mail bombing of one address and guessing from one client. Counters are per
 * route, so resets and logins do not use up each other's attempts.
 */
@Injectable()
export class PasswordResetThrottlerGuard extends LoginThrottlerGuard {
  protected override async throwThrottlingException(): Promise<void> {
    throw apiError(429, 'Zu viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.');
  }
}
