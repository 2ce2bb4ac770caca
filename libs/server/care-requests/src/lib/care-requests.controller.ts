import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CareRequestsQueryDto,
  CloseCareRequestDto,
  CreateCareRequestDto,
  ReviewCareRequestDto,
  UpdateCareRequestDto,
  WithdrawCareRequestDto,
  type CareRequestDto,
  type Page,
} from '@lotse/shared/contracts';
import { CurrentUser, Roles, UuidParam, type RequestUser } from '@lotse/server/core';
import { ChangeCareRequest } from './usecases/change-care-request';
import { ReadCareRequests } from './usecases/read-care-requests';

/**
 * Care requests (Betreuungsanfragen). Parents: their own children's; advisors and admins: the
 * office's queue (advisors act, admins read). Childminders see requests only as proposals.
 */
@ApiTags('care-requests')
@Controller('care-requests')
export class CareRequestsController {
  constructor(
    private readonly reads: ReadCareRequests,
    private readonly changes: ChangeCareRequest,
  ) {}

  @Get()
  @Roles('parent', 'advisor', 'admin')
  list(@CurrentUser() user: RequestUser, @Query() q: CareRequestsQueryDto): Promise<Page<CareRequestDto>> {
    return this.reads.list(user, q);
  }

  @Post()
  @Roles('parent', 'advisor')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateCareRequestDto): Promise<CareRequestDto> {
    return this.changes.create(user, dto);
  }

  @Get(':id')
  @Roles('parent', 'advisor', 'admin')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<CareRequestDto> {
    return this.reads.get(user, id);
  }

  @Put(':id')
  @Roles('parent', 'advisor')
  update(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: UpdateCareRequestDto): Promise<CareRequestDto> {
    return this.changes.update(user, id, dto);
  }

  @Post(':id/withdrawal')
  @Roles('parent', 'advisor')
  withdraw(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: WithdrawCareRequestDto,
  ): Promise<CareRequestDto> {
    return this.changes.withdraw(user, id, dto);
  }

  @Post(':id/review')
  @Roles('advisor')
  review(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: ReviewCareRequestDto): Promise<CareRequestDto> {
    return this.changes.review(user, id, dto);
  }

  @Post(':id/closure')
  @Roles('advisor')
  close(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: CloseCareRequestDto): Promise<CareRequestDto> {
    return this.changes.close(user, id, dto);
  }
}
