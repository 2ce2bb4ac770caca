import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApplicationQueryDto,
  ApplyForPermitDto,
  DecideDto,
  RecordCheckDto,
  WithdrawApplicationDto,
  type Page,
  type PermitApplicationDto,
  type PermitDto,
} from '@lotse/shared/contracts';
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
import { ApplyForPermit } from '../usecases/apply-for-permit';
import { DecideApplication } from '../usecases/decide-application';
import { ReadApplications } from '../usecases/read-applications';
import { RecordCheck } from '../usecases/record-check';
import { WithdrawApplication } from '../usecases/withdraw-application';

@ApiTags('permits')
@Controller('permit-applications')
export class PermitApplicationsController {
  constructor(
    private readonly applyUc: ApplyForPermit,
    private readonly read: ReadApplications,
    private readonly checks: RecordCheck,
    private readonly decisions: DecideApplication,
    private readonly withdrawals: WithdrawApplication,
  ) {}

  /** A childminder applies for her permit, its renewal or an amendment. */
  @Post()
  @Can('permit-application.create')
  apply(@CurrentUser() user: RequestUser, @Body() dto: ApplyForPermitDto): Promise<{ id: string }> {
    return this.applyUc.execute(user, dto);
  }

  /** The advisors' queue (open first, oldest first), with what still blocks each decision. */
  @Get()
  @Can('permit-application.list')
  list(@CurrentUser() user: RequestUser, @Query() q: ApplicationQueryDto): Promise<Page<PermitApplicationDto>> {
    return this.read.list(user, q);
  }

  @Get('mine')
  @Can('childminder.self.read')
  mine(@CurrentUser() user: RequestUser): Promise<PermitApplicationDto[]> {
    return this.read.mine(user);
  }

  @Get(':id')
  @Can('permit-application.read', 'permit_application')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<PermitApplicationDto> {
    return this.read.get(user, id);
  }

  /** Home visit or suitability interview with findings per criterion and a recommendation. */
  @Post(':id/checks')
  @Can('permit-application.check', 'permit_application')
  recordCheck(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: RecordCheckDto): Promise<{ id: string }> {
    return this.checks.execute(user, id, dto);
  }

  /** Grant, grant with conditions, or refuse. Refused with the list while mandatory evidence is missing. */
  @Post(':id/decision')
  @Can('permit-application.decide', 'permit_application')
  decide(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: DecideDto,
  ): Promise<{ application: string; permit: PermitDto | null }> {
    return this.decisions.decide(user, id, dto);
  }

  /**
   * The childminder withdraws her own open application (optional reason; `version` from the last
   * read). Decided or already withdrawn → 422; another's → 404 (audited); advisors, parents → 403.
   */
  @Post(':id/withdrawal')
  @Can('permit-application.withdraw', 'permit_application')
  @HttpCode(200)
  withdraw(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: WithdrawApplicationDto,
  ): Promise<PermitApplicationDto> {
    return this.withdrawals.execute(user, id, dto);
  }
}
