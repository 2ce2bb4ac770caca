import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ChangePasswordDto, de, LoginDto, type SessionUser } from '@lotse/shared/contracts';
import { apiError, Can, CurrentUser, Public, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './guards/login-throttler.guard';
import { AccountLoginLimiter } from './login-limit/account-login-limiter';
import { PasswordChangeService } from './password-change/password-change.service';
import { SessionUserService } from './session/session-user.service';

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
}
function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));
}
function destroy(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.destroy((e) => (e ? reject(e) : resolve())));
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordChangeService,
    private readonly accountLimiter: AccountLoginLimiter,
    private readonly users: SessionUserService,
  ) {}

  /**
   * Starts a session (httpOnly cookie). Rate-limited per address and e-mail; failures also per
   * account with a growing wait (429 + Retry-After), checked before the password is verified. An
   * account whose e-mail is not confirmed yet gets 403 `emailNotVerified`, but only with the right password.
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionUser> {
    const wait = await this.accountLimiter.secondsToWait(dto.email);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw apiError(
        429,
        `Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Bitte warten Sie ${wait} Sekunden oder setzen Sie Ihr Passwort über „Passwort vergessen?“ zurück.`,
      );
    }
    const user = await this.auth.login(dto, req.ip ?? null);
    if (!user) {
      await this.accountLimiter.recordFailure(dto.email);
      throw apiError(401, 'E-Mail-Adresse oder Passwort ist falsch.');
    }
    await this.accountLimiter.clear(dto.email);
    if (user === 'unverified')
      throw apiError(403, de.emailNotVerified, [{ field: 'email', message: de.emailNotVerified, code: 'emailNotVerified' }]);
    // A new session id at login prevents session fixation.
    await regenerate(req);
    req.session.userId = user.id;
    await save(req);
    return user;
  }

  @Post('logout')
  @Can('account.update')
  @HttpCode(204)
  async logout(@CurrentUser() user: RequestUser, @Req() req: Request): Promise<void> {
    await this.audit.record({ action: 'auth.logout', actor: user, targetType: 'user', targetId: user.id });
    await destroy(req);
  }

  /**
   * The signed-in user changes her own password (any role). Rate-limited like the login, so the
   * current password cannot be guessed; her other sessions end, this one stays.
   */
  @Post('password')
  @Can('account.update')
  @HttpCode(204)
  @UseGuards(LoginThrottlerGuard)
  async changePassword(@CurrentUser() user: RequestUser, @Body() dto: ChangePasswordDto, @Req() req: Request): Promise<void> {
    await this.passwords.change(user, dto, req.sessionID);
  }

  /**
   * Who is signed in, or `{ user: null }` — the web client's start-up probe. Public and always 200, so
   * a guest's browser logs no failed request (`GET /auth/me` answers 401 without a session).
   */
  @Get('session')
  @Public()
  async session(@Req() req: Request): Promise<{ user: SessionUser | null }> {
    const id = req.session?.userId;
    return { user: id ? await this.users.load(id) : null };
  }

  @Get('me')
  @Can('account.read')
  me(@CurrentUser() user: RequestUser): SessionUser {
    const { ip: _ip, ...sessionUser } = user;
    return sessionUser;
  }
}
