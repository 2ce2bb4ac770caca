import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AssignRotaDto, RotaMonthQueryDto, StaffServiceDto, type RotaMonthDto, type RotaStaffDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
import { RotaService, type MyTurnDto } from './rota.service';

/** The open-hours rota: staff read it, the coordinator (admin) plans it. */
@ApiTags('rota')
@Controller('rota')
export class RotaController {
  constructor(private readonly rota: RotaService) {}

  /** A month's open consultations with their staff, gaps (< 2 staff) and public holidays. */
  @Get()
  @Can('rota.read')
  month(@CurrentUser() user: RequestUser, @Query() q: RotaMonthQueryDto): Promise<RotaMonthDto> {
    return this.rota.month(user, q.month);
  }

  /** "Meine Dienste": the signed-in staff member's turns, from today three months ahead. */
  @Get('mine')
  @Can('rota.read')
  mine(@CurrentUser() user: RequestUser): Promise<MyTurnDto[]> {
    return this.rota.mine(user);
  }

  @Post('assignments')
  @Can('rota.write')
  assign(@CurrentUser() user: RequestUser, @Body() dto: AssignRotaDto): Promise<RotaMonthDto> {
    return this.rota.assign(user, dto);
  }

  @Delete('assignments/:id')
  @Can('rota.write', 'rota_assignment')
  @HttpCode(204)
  unassign(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<void> {
    return this.rota.unassign(user, id);
  }

  /** The office's staff (advisors and admins) with their service. */
  @Get('staff')
  @Can('rota.read')
  staff(@CurrentUser() user: RequestUser): Promise<RotaStaffDto[]> {
    return this.rota.staffList(user);
  }

  @Put('staff/:id/service')
  @Can('rota.write', 'user')
  setService(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: StaffServiceDto): Promise<RotaStaffDto> {
    return this.rota.setService(user, id, dto);
  }
}
