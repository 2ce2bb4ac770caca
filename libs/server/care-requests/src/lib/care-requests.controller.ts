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
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
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
  @Can('care-request.list')
  list(@CurrentUser() user: RequestUser, @Query() q: CareRequestsQueryDto): Promise<Page<CareRequestDto>> {
    return this.reads.list(user, q);
  }

  @Post()
  @Can('care-request.create')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateCareRequestDto): Promise<CareRequestDto> {
    return this.changes.create(user, dto);
  }

  @Get(':id')
  @Can('care-request.read', 'care_request')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<CareRequestDto> {
    return this.reads.get(user, id);
  }

  @Put(':id')
  @Can('care-request.update', 'care_request')
  update(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: UpdateCareRequestDto): Promise<CareRequestDto> {
    return this.changes.update(user, id, dto);
  }

  @Post(':id/withdrawal')
  @Can('care-request.withdraw', 'care_request')
  withdraw(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: WithdrawCareRequestDto,
  ): Promise<CareRequestDto> {
    return this.changes.withdraw(user, id, dto);
  }

  @Post(':id/review')
  @Can('care-request.review', 'care_request')
  review(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: ReviewCareRequestDto): Promise<CareRequestDto> {
    return this.changes.review(user, id, dto);
  }

  @Post(':id/closure')
  @Can('care-request.close', 'care_request')
  close(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: CloseCareRequestDto): Promise<CareRequestDto> {
    return this.changes.close(user, id, dto);
  }
}
