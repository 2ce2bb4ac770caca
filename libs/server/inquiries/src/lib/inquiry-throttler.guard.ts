import { type ExecutionContext, Injectable } from '@nestjs/common';
import { apiError } from '@lotse/server/core';
import { clientNetworkKey, LoginThrottlerGuard } from '@lotse/server/auth';
import type { Request } from 'express';

const TOO_MANY = 'Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es später erneut oder rufen Sie uns an.';

/**
 * The public contact form, limited like the public registrations (the same guard family and
 * settings): the login window per client address and e-mail, at most `MAIL_LINK_REQUESTS_PER_HOUR`
 * per e-mail address and `REGISTRATIONS_PER_NETWORK_PER_HOUR` per client address (IPv6: per /64)
 * and hour, with counters of its own (a family that registered can still ask a question).
 */
@Injectable()
export class InquiryThrottlerGuard extends LoginThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!(await super.canActivate(context))) return false;
    const req = context.switchToHttp().getRequest<Request>();
    await this.limitPerHour(context, 'inquiry-net', clientNetworkKey(req.ip), this.appConfig.REGISTRATIONS_PER_NETWORK_PER_HOUR, TOO_MANY);
    const body = req.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (email) await this.limitPerHour(context, 'inquiry-email', email, this.appConfig.MAIL_LINK_REQUESTS_PER_HOUR, TOO_MANY);
    return true;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw apiError(429, TOO_MANY);
  }
}
