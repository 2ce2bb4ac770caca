import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { PermitQueryDto, RevokePermitDto, type Page, type PermitDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
import type { Response } from 'express';
import { DecideApplication } from '../usecases/decide-application';
import { ReadPermits } from '../usecases/read-permits';
import { RevokePermit } from '../usecases/revoke-permit';

@ApiTags('permits')
@Controller('permits')
export class PermitsController {
  constructor(
    private readonly read: ReadPermits,
    private readonly decisions: DecideApplication,
    private readonly revoker: RevokePermit,
  ) {}

  /** The office's permit register. */
  @Get()
  @Can('permit.list')
  list(@CurrentUser() user: RequestUser, @Query() q: PermitQueryDto): Promise<Page<PermitDto>> {
    return this.read.list(user, q);
  }

  /** "Meine Pflegeerlaubnis": the holder's permits. */
  @Get('mine')
  @Can('childminder.self.read')
  mine(@CurrentUser() user: RequestUser): Promise<PermitDto[]> {
    return this.read.mine(user);
  }

  @Get(':id')
  @Can('permit.read', 'permit')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<PermitDto & { history: PermitDto[] }> {
    return this.read.get(user, id);
  }

  /** The PDF (holder and the office's staff; audited). `?download=1` saves instead of showing it. */
  @Get(':id/pdf')
  @Can('permit.read', 'permit')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Query('download') download: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { data, fileName } = await this.read.pdf(user, id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `${download ? 'attachment' : 'inline'}; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The permit page previews the PDF in a same-origin frame; nothing else may frame it.
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'self'");
    res.send(data);
  }

  /** Four eyes: a second advisor approves a draft, which issues it. */
  @Post(':id/approve')
  @Can('permit.decide', 'permit')
  @HttpCode(200)
  approve(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<PermitDto> {
    return this.decisions.approve(user, id);
  }

  @Post(':id/revoke')
  @Can('permit.revoke', 'permit')
  @HttpCode(200)
  revoke(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: RevokePermitDto): Promise<{ id: string }> {
    return this.revoker.execute(user, id, dto);
  }
}
