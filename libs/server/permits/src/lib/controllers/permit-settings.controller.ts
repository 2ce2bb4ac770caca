import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UpdatePermitSettingsDto, type PermitSettingsDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, type RequestUser } from '@lotse/server/core';
import { ReadPermitSettings } from '../usecases/read-permit-settings';
import { UpdatePermitSettings } from '../usecases/update-permit-settings';

/** The tenant's permit rules, letter texts and letterhead (admins; the tenant is the session's). */
@ApiTags('admin')
@Controller('admin/permit-settings')
export class PermitSettingsController {
  constructor(
    private readonly reader: ReadPermitSettings,
    private readonly updater: UpdatePermitSettings,
  ) {}

  /** The values in force, defaults filled in, with the version to send back. */
  @Get()
  @Can('permit-settings.read')
  get(@CurrentUser() user: RequestUser): Promise<PermitSettingsDto> {
    return this.reader.execute(user);
  }

  /** Replace all three groups (`version` required, stale → 409). Applies to the next decision and permit. */
  @Put()
  @Can('permit-settings.write')
  update(@CurrentUser() user: RequestUser, @Body() dto: UpdatePermitSettingsDto): Promise<PermitSettingsDto> {
    return this.updater.execute(user, dto);
  }
}
