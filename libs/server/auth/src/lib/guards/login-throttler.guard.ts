import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import { APP_CONFIG, apiError, type AppConfig, RedisClient } from '@lotse/server/core';
import type { Request, Response } from 'express';
import { normalizeEmail } from '../login-limit/account-login-limiter';
import { clientNetworkKey } from './client-address';
import { hitWindow } from './request-window';

/**
 * Login attempts are counted per client address (IPv6: per /64) and e-mail, so one office PC does
 * not lock out a colleague. A signed-in user's password change (no e-mail in the body) is counted per
 * account, so guessing her current password is bounded whatever the address. The client address is
 * the socket's unless TRUST_PROXY names the proxies allowed to set X-Forwarded-For. Failed logins
 * are also counted per account, whatever the address (AccountLoginLimiter).
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  @Inject(APP_CONFIG) protected readonly appConfig!: AppConfig;
  @Inject(RedisClient) protected readonly redisClient!: RedisClient;

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const user = req['user'] as { id?: unknown } | undefined;
    if (typeof user?.id === 'string') return `user|${user.id}`;
    return `${clientNetworkKey(req['ip'] as string | undefined)}|${bodyEmail(req)}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw apiError(429, 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.');
  }

  /**
   * One more request counted under `name`/`key`; over `limit` within the hour → 429 with
   * Retry-After (the same answer whether or not an account exists for the address).
   */
  protected async limitPerHour(context: ExecutionContext, name: string, key: string, limit: number, message: string): Promise<void> {
    const wait = await hitWindow(this.redisClient, this.appConfig.QUEUE_PREFIX, name, key, limit, 3600);
    if (wait > 0) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(wait));
      throw apiError(429, message);
    }
  }
}

export function bodyEmail(req: Record<string, unknown> | Request): string {
  const body = (req as Record<string, unknown>)['body'] as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? normalizeEmail(body.email) : '';
}

export { ThrottlerException };
