import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { SessionUser } from '@lotse/shared/contracts';

/** The signed-in user as the access guard loaded it; `ip` for the audit log. */
export interface RequestUser extends SessionUser {
  ip: string | null;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestUser => {
  const req = ctx.switchToHttp().getRequest<{ user?: RequestUser }>();
  if (!req.user) throw new UnauthorizedException();
  return req.user;
});
