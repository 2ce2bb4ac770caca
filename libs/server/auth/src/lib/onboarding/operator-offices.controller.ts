import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateOfficeDto, type CreatedOfficeDto, type OfficeSummaryDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, type RequestUser } from '@lotse/server/core';
import { OnboardOffice } from './onboard-office';

/** The installation's offices (operator only): list them, onboard a new one with its first admin. */
@ApiTags('operator')
@Controller('operator/offices')
export class OperatorOfficesController {
  constructor(private readonly onboard: OnboardOffice) {}

  /** Every office: name, slug, state, districts, number of active admins. */
  @Get()
  @Can('office.onboard')
  list(): Promise<OfficeSummaryDto[]> {
    return this.onboard.list();
  }

  /** A new office and its first admin, invited by mail. Taken slug or admin e-mail → 409 with the field. */
  @Post()
  @Can('office.onboard')
  @HttpCode(201)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateOfficeDto): Promise<CreatedOfficeDto> {
    return this.onboard.execute(dto, user, 'operator page');
  }
}
