import { type ExecutionContext, Injectable } from '@nestjs/common';
import { apiError } from '@lotse/server/core';
import type { Request } from 'express';
import { clientNetworkKey } from './client-address';
import { bodyEmail, LoginThrottlerGuard } from './login-throttler.guard';

const TOO_MANY = 'Zu viele Registrierungen. Bitte versuchen Sie es später erneut.';

/**
 * Public registrations: the login limit per address and e-mail, plus at most
 * `MAIL_LINK_REQUESTS_PER_HOUR` per e-mail address (whatever the client address: no mail bombing)
 * and `REGISTRATIONS_PER_NETWORK_PER_HOUR` per client address (IPv6: per /64), checked before any
 * password is hashed.
 */
@Injectable()
export class RegistrationThrottlerGuard extends LoginThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!(await super.canActivate(context))) return false;
    const req = context.switchToHttp().getRequest<Request>();
    const network = clientNetworkKey(req.ip);
    await this.limitPerHour(context, 'register-net', network, this.appConfig.REGISTRATIONS_PER_NETWORK_PER_HOUR, TOO_MANY);
    const email = bodyEmail(req);
    if (email) await this.limitPerHour(context, 'register-email', email, this.appConfig.MAIL_LINK_REQUESTS_PER_HOUR, TOO_MANY);
    return true;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw apiError(429, TOO_MANY);
  }
}
