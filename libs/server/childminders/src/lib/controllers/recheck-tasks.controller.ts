import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CloseRecheckTaskDto, type RecheckTaskDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
import { RecheckTasks } from '../usecases/recheck-tasks';

/** The advisors' worklist of § 43 Abs. 3 re-check tasks. */
@ApiTags('childminders')
@Controller('recheck-tasks')
export class RecheckTasksController {
  constructor(private readonly tasks: RecheckTasks) {}

  /** Open tasks (default) or closed ones (`?status=closed`), oldest first. */
  @Get()
  @Can('recheck-task.read')
  list(@CurrentUser() user: RequestUser, @Query('status') status?: string): Promise<RecheckTaskDto[]> {
    return this.tasks.list(user, status === 'closed' ? 'closed' : 'open');
  }

  /** Close a task with its outcome (e.g. `amendment_started`). */
  @Post(':id/closure')
  @Can('recheck-task.close', 'recheck_task')
  @HttpCode(200)
  close(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: CloseRecheckTaskDto): Promise<RecheckTaskDto> {
    return this.tasks.close(user, id, dto);
  }
}
