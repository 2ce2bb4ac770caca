import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RegisterChildminderDto, type ChildminderProfileDto } from '@lotse/shared/contracts';
import { Public } from '@lotse/server/core';
import { RegistrationThrottlerGuard } from '@lotse/server/auth';
import type { Request } from 'express';
import { RegisterChildminder } from '../usecases/register-childminder';

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
}
function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));
}

@ApiTags('childminders')
@Controller('childminders/registrations')
export class RegistrationController {
  constructor(private readonly register: RegisterChildminder) {}

  /**
   * Public self-registration of a prospective childminder: creates the account (role childminder)
   * and the file (status `interested`) and signs the person in (session cookie). CSRF applies as
   * everywhere (XSRF-TOKEN cookie → X-XSRF-TOKEN header). Rate-limited per address and e-mail, per e-mail and per client network (RegistrationThrottlerGuard).
   */
  @Post()
  @Public()
  @UseGuards(RegistrationThrottlerGuard)
  async create(@Body() dto: RegisterChildminderDto, @Req() req: Request): Promise<ChildminderProfileDto> {
    const profile = await this.register.execute(dto, req.ip ?? null);
    // A new session id (as at login) prevents session fixation.
    await regenerate(req);
    req.session.userId = profile.userId!;
    await save(req);
    return profile;
  }
}
