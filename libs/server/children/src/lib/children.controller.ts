import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateChildDto, PageQueryDto, UpdateMeaslesProofDto, type ChildDto, type Page } from '@lotse/shared/contracts';
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
import { ChildrenService } from './children.service';

@ApiTags('children')
@Controller('children')
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Get()
  @Can('child.list')
  list(@CurrentUser() user: RequestUser, @Query() q: PageQueryDto): Promise<Page<ChildDto>> {
    return this.children.list(user, q);
  }

  /** Parents register their own children. */
  @Post()
  @Can('child.create')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateChildDto): Promise<ChildDto> {
    return this.children.create(user, dto);
  }

  @Get(':id')
  @Can('child.read', 'child')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<ChildDto> {
    return this.children.get(user, id);
  }

  /** Parents declare the measles proof; staff record it as seen (needed before care starts). */
  @Put(':id/measles-proof')
  @Can('child.measles-proof', 'child')
  updateMeaslesProof(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateMeaslesProofDto,
  ): Promise<ChildDto> {
    return this.children.updateMeaslesProof(user, id, dto);
  }
}
