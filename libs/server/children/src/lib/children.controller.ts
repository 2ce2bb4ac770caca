import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateChildDto, PageQueryDto, UpdateMeaslesProofDto, type ChildDto, type Page } from '@lotse/shared/contracts';
import { CurrentUser, Roles, UuidParam, type RequestUser } from '@lotse/server/core';
import { ChildrenService } from './children.service';

@ApiTags('children')
@Controller('children')
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Get()
  @Roles('parent', 'advisor', 'admin')
  list(@CurrentUser() user: RequestUser, @Query() q: PageQueryDto): Promise<Page<ChildDto>> {
    return this.children.list(user, q);
  }

  /** Parents register their own children. */
  @Post()
  @Roles('parent')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateChildDto): Promise<ChildDto> {
    return this.children.create(user, dto);
  }

  @Get(':id')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<ChildDto> {
    return this.children.get(user, id);
  }

  /** Parents declare the measles proof; staff record it as seen (needed before care starts). */
  @Put(':id/measles-proof')
  @Roles('parent', 'advisor', 'admin')
  updateMeaslesProof(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateMeaslesProofDto,
  ): Promise<ChildDto> {
    return this.children.updateMeaslesProof(user, id, dto);
  }
}
