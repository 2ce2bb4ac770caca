import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ChangeEmailDto, de, LinkTokenDto, ResendVerificationDto, type AcceptedMessageDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, Public, type RequestUser } from '@lotse/server/core';
import type { Request } from 'express';
import { LoginThrottlerGuard } from '../guards/login-throttler.guard';
import { PasswordResetThrottlerGuard } from '../guards/password-reset-throttler.guard';
import { EmailLinksService } from './email-links.service';

@ApiTags('auth')
@Controller('auth')
export class EmailController {
  constructor(private readonly links: EmailLinksService) {}

  /** Confirms the e-mail address of a new account with the link's token; then she can sign in. */
  @Post('verify-email')
  @Public()
  @HttpCode(204)
  @UseGuards(PasswordResetThrottlerGuard)
  async verify(@Body() dto: LinkTokenDto, @Req() req: Request): Promise<void> {
    await this.links.verify(dto.token, req.ip ?? null);
  }

  /** Mails a new verification link if the address has an unconfirmed account. Always 202 with the same message. */
  @Post('verify-email/resend')
  @Public()
  @HttpCode(202)
  @UseGuards(PasswordResetThrottlerGuard)
  async resend(@Body() dto: ResendVerificationDto): Promise<AcceptedMessageDto> {
    await this.links.resend(dto.email);
    return { message: de.verificationResent };
  }

  /**
   * The signed-in user changes her login e-mail (current password required; rate-limited like the
   * login). The change takes effect when the link mailed to the new address is opened.
   */
  @Post('email-change')
  @Can('account.update')
  @HttpCode(202)
  @UseGuards(LoginThrottlerGuard)
  async requestChange(@CurrentUser() user: RequestUser, @Body() dto: ChangeEmailDto): Promise<AcceptedMessageDto> {
    await this.links.requestChange(user, dto);
    return { message: de.emailChangeRequested };
  }

  /** Opens the link sent to the new address (signed in or not): the new address becomes the login; other sessions end. */
  @Post('email-change/confirm')
  @Public()
  @HttpCode(204)
  @UseGuards(PasswordResetThrottlerGuard)
  async confirmChange(@Body() dto: LinkTokenDto, @Req() req: Request): Promise<void> {
    await this.links.confirmChange(dto.token, req.ip ?? null, { id: req.sessionID, userId: req.session?.userId });
  }
}
