import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, apiError, IS_PUBLIC, type AccessRequirement, type RequestUser } from '@lotse/server/core';
import { AccessPolicy } from '@lotse/server/audit';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one global guard: CSRF double-submit check on every state-changing request, then the session
 * (unless @Public), then the route's action in the access policy (`@Can`): a role without a grant gets
 * 403, a record named in the path that is out of the grant's reach (another office, another family,
 * another childminder) 404 — before the body is validated. A route with neither `@Can` nor `@Public`
 * is refused (fail closed). Refusals are audited by `AccessPolicy`. The services check again where
 * they load the record (defence in depth) and filter lists by the grant's scope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: SessionUserService,
    private readonly policy: AccessPolicy,
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

    const route = `${req.method} ${req.route?.path ?? req.path}`;
    const access = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!access) return this.policy.refuseUnnamedRoute(req.user, route);
    const id = access.resource ? req.params?.[access.resource.param] : undefined;
    // A malformed id is left to the route's own parameter validation (400).
    const record = access.resource && typeof id === 'string' && UUID.test(id) ? { kind: access.resource.kind, id } : null;
    // A refusal by role names the record when there is one (who tried to open which file), else the route.
    await this.policy.require(req.user, access.action, record ? { type: record.kind, id: record.id } : { type: 'route', id: route });
    if (record) await this.policy.requireKind(req.user, access.action, record.kind, record.id);
    return true;
  }
}
