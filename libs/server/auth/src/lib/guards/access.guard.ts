import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@lotse/shared/contracts';
import { apiError, IS_PUBLIC, ROLES_KEY, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { readCookie } from '../session/configure-session';
import { SessionUserService } from '../session/session-user.service';
import { XSRF_COOKIE, XSRF_HEADER } from '../session/session.types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The one global guard: CSRF double-submit check on every state-changing request, then the session
 * (unless @Public), then the route's @Roles. Refusals by role are written to the audit log.
 * Ownership and tenant checks happen in the services, where the record is known.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: SessionUserService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: RequestUser }>();

    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers[XSRF_HEADER];
      if (!sameToken(typeof header === 'string' ? header : undefined, readCookie(req, XSRF_COOKIE))) {
        throw apiError(403, 'Sicherheitsprüfung fehlgeschlagen (CSRF). Bitte laden Sie die Seite neu.');
      }
    }

    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (isPublic) return true;

    const userId = req.session?.userId;
    const user = userId ? await this.users.load(userId) : null;
    if (!user) {
      if (userId) req.session.userId = undefined;
      throw apiError(401, 'Bitte melden Sie sich an.');
    }
    req.user = { ...user, ip: req.ip ?? null };

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (roles && !roles.includes(user.role)) {
      await this.audit.denied(
        req.user,
        'route',
        `${req.method} ${req.route?.path ?? req.path}`,
        `role ${user.role} not in ${roles.join(',')}`,
      );
      throw apiError(403, 'Dafür fehlt Ihnen die Berechtigung.');
    }
    return true;
  }
}
