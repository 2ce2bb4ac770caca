import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UpdateOfficeDataDto, type OfficeDataDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, type RequestUser } from '@lotse/server/core';
import { OfficeData } from './office-data';

/** The office's own data, "Amtsdaten" (admins; the tenant is the session's). */
@ApiTags('admin')
@Controller('admin/office')
export class OfficeDataController {
  constructor(private readonly officeData: OfficeData) {}

  /** Contact with consultation hours, districts, privacy notice (as stored and in force), version. */
  @Get()
  @Can('office.settings.read')
  get(@CurrentUser() user: RequestUser): Promise<OfficeDataDto> {
    return this.officeData.read(user);
  }

  /** Replace contact, districts and privacy notice (`version` required, stale → 409); audited. */
  @Put()
  @Can('office.settings.write')
  update(@CurrentUser() user: RequestUser, @Body() dto: UpdateOfficeDataDto): Promise<OfficeDataDto> {
    return this.officeData.update(user, dto);
  }
}
