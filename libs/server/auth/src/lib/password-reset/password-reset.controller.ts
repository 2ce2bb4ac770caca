import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { de, RequestPasswordResetDto, ResetPasswordDto, type PasswordResetRequestedDto } from '@lotse/shared/contracts';
import { Public } from '@lotse/server/core';
import type { Request } from 'express';
import { PasswordResetThrottlerGuard } from '../guards/password-reset-throttler.guard';
import { AccountLoginLimiter } from '../login-limit/account-login-limiter';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly accountLimiter: AccountLoginLimiter,
  ) {}

  /** Mails a one-time reset link if the account exists. Always 202 with the same message (no account enumeration). */
  @Post()
  @Public()
  @HttpCode(202)
  @UseGuards(PasswordResetThrottlerGuard)
  async request(@Body() dto: RequestPasswordResetDto, @Req() req: Request): Promise<PasswordResetRequestedDto> {
    await this.resets.request(dto.email, req.ip ?? null);
    return { message: de.passwordResetRequested };
  }

  /**
   * Sets the new password with the link's token; ends every session of the account. The mailed link
   * is the owner's way back in, so it also clears the account's sign-in wait.
   */
  @Post('confirm')
  @Public()
  @HttpCode(204)
  @UseGuards(PasswordResetThrottlerGuard)
  async confirm(@Body() dto: ResetPasswordDto, @Req() req: Request): Promise<void> {
    const email = await this.resets.confirm(dto, req.ip ?? null);
    await this.accountLimiter.clear(email);
  }
}
