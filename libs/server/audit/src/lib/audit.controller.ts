import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditQueryDto, type AuditEventDto, type Page } from '@lotse/shared/contracts';
import { Can, CurrentUser, type RequestUser } from '@lotse/server/core';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The tenant's audit log, newest first (admins only). Reading it is itself audited. */
  @Get()
  @Can('audit.read')
  async list(@CurrentUser() user: RequestUser, @Query() q: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const page = await this.audit.list(user.tenantId, q);
    await this.audit.record({ action: 'audit.read', actor: user, details: { filter: { ...q } } });
    return page;
  }
}
