import { Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import { apiError } from '@lotse/server/core';

/**
 * Login attempts are counted per client address and e-mail, so one office PC does not lock out a
 * colleague. A signed-in user's password change (no e-mail in the body) is counted per account, so
 * guessing her current password is bounded whatever the address.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const user = req['user'] as { id?: unknown } | undefined;
    if (typeof user?.id === 'string') return `user|${user.id}`;
    const body = req['body'] as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
    return `${String(req['ip'] ?? '')}|${email}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw apiError(429, 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.');
  }
}

export { ThrottlerException };
