import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { de, RegisterChildminderDto, type AcceptedMessageDto } from '@lotse/shared/contracts';
import { Public } from '@lotse/server/core';
import { RegistrationThrottlerGuard } from '@lotse/server/auth';
import type { Request } from 'express';
import { RegisterChildminder } from '../usecases/register-childminder';

@ApiTags('childminders')
@Controller('childminders/registrations')
export class RegistrationController {
  constructor(private readonly register: RegisterChildminder) {}

  /**
   * Public self-registration of a prospective childminder: creates the account (role childminder,
   * e-mail to be confirmed) and the file (status `interested`) and mails the confirmation link.
   * Always **202** with the same message — also for an address that already has an account (its
   * owner gets a mail instead), so the form reveals no accounts. No session: she signs in after
   * confirming. CSRF applies as everywhere; rate-limited per address and e-mail, per e-mail and per client network
   * (RegistrationThrottlerGuard) before any password hashing.
   */
  @Post()
  @Public()
  @HttpCode(202)
  @UseGuards(RegistrationThrottlerGuard)
  async create(@Body() dto: RegisterChildminderDto, @Req() req: Request): Promise<AcceptedMessageDto> {
    await this.register.execute(dto, req.ip ?? null);
    return { message: de.registrationReceived };
  }
}
