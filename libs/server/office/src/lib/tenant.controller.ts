import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TenantDto } from '@lotse/shared/contracts';
import { apiError, Can, CurrentUser, type RequestUser } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { OfficeSettings } from './settings/office-settings';

@ApiTags('tenant')
@Controller('tenant')
export class TenantController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The signed-in user's office: contact data, consultation hours, districts. */
  @Get()
  @Can('account.read')
  async current(@CurrentUser() user: RequestUser): Promise<TenantDto> {
    const t = await OfficeSettings.row(this.dataSource.manager, user.tenantId);
    if (!t) throw apiError(404, 'Jugendamt nicht gefunden.');
    return { id: t.id, name: t.name, slug: t.slug, state: t.state, office: t.settings.office, districts: t.settings.districts };
  }
}
