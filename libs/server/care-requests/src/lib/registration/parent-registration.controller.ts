import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { de, RegisterParentDto, type AcceptedMessageDto } from '@lotse/shared/contracts';
import { Public } from '@lotse/server/core';
import { RegistrationThrottlerGuard } from '@lotse/server/auth';
import type { Request } from 'express';
import { RegisterParent } from './register-parent';

@ApiTags('parents')
@Controller('parents/registrations')
export class ParentRegistrationController {
  constructor(private readonly register: RegisterParent) {}

  /**
   * Public self-registration of a parent. Always **202** with the same message (also for a known
   * address); she signs in after confirming her e-mail. Rate-limited per address and e-mail, per
   * e-mail and per client network before any password hashing; CSRF as everywhere.
   */
  @Post()
  @Public()
  @HttpCode(202)
  @UseGuards(RegistrationThrottlerGuard)
  async create(@Body() dto: RegisterParentDto, @Req() req: Request): Promise<AcceptedMessageDto> {
    await this.register.execute(dto, req.ip ?? null);
    return { message: de.registrationReceived };
  }
}
