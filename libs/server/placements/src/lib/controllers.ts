import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { CapacitySettings } from './usecases/capacity-settings';
import { MatchingRuns } from './matching/matching-runs';
import { MatchingSettings } from './matching/matching-settings';
import { Suggestions } from './matching/suggestions';
import { ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import {
  AnswerProposalDto,
  ConfirmVacancyDto,
  CreateProposalDto,
  CreateVacancyDto,
  de,
  EndPlacementDto,
  PageQueryDto,
  PlacementsQueryDto,
  PROPOSAL_STATUSES,
  SendRunProposalsDto,
  StartMatchingRunDto,
  UpdateCapacitySettingsDto,
  UpdateMatchingSettingsDto,
  UpdatePlacementDto,
  UpdateVacancyDto,
  WithdrawProposalDto,
  type CapacitySettingsDto,
  type MatchingRunDto,
  type MatchingSettingsDto,
  type SendRunProposalsResultDto,
  type SuggestionsDto,
  type Page,
  type PlacementDto,
  type ProposalDto,
  type VacancyDto,
  type WeekGridDto,
} from '@lotse/shared/contracts';
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
import { AnswerProposal } from './usecases/answer-proposal';
import { Placements } from './usecases/placements';
import { Propose } from './usecases/propose';
import { ReadProposals } from './usecases/read-proposals';
import { Vacancies } from './usecases/vacancies';

export class VacanciesQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  childminderId?: string;
}

export class ProposalsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  careRequestId?: string;

  @IsOptional()
  @IsIn(PROPOSAL_STATUSES, { message: de.oneOf(PROPOSAL_STATUSES) })
  status?: string;
}

export class WeekGridQueryDto {
  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  childminderId?: string;

  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  date?: string;
}

/** Free places: childminders publish and confirm their own; advisors search the office's. */
@ApiTags('vacancies')
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: Vacancies) {}

  @Get()
  @Can('vacancy.list')
  list(@CurrentUser() user: RequestUser, @Query() q: VacanciesQueryDto): Promise<Page<VacancyDto>> {
    return this.vacancies.list(user, q);
  }

  @Post()
  @Can('vacancy.write')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateVacancyDto): Promise<VacancyDto> {
    return this.vacancies.create(user, dto);
  }

  @Put(':id')
  @Can('vacancy.write', 'vacancy')
  update(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: UpdateVacancyDto): Promise<VacancyDto> {
    return this.vacancies.update(user, id, dto);
  }

  @Post(':id/confirmation')
  @Can('vacancy.write', 'vacancy')
  confirm(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: ConfirmVacancyDto): Promise<VacancyDto> {
    return this.vacancies.confirm(user, id, dto);
  }

  @Post(':id/withdrawal')
  @Can('vacancy.write', 'vacancy')
  withdraw(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: ConfirmVacancyDto): Promise<VacancyDto> {
    return this.vacancies.withdraw(user, id, dto);
  }
}

/** Proposals: the advisor proposes a childminder for a request; parents and childminder answer. */
@ApiTags('proposals')
@Controller()
export class ProposalsController {
  constructor(
    private readonly propose: Propose,
    private readonly answers: AnswerProposal,
    private readonly reads: ReadProposals,
  ) {}

  @Post('care-requests/:id/proposals')
  @Can('proposal.create', 'care_request')
  create(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: CreateProposalDto): Promise<ProposalDto> {
    return this.propose.create(user, id, dto);
  }

  @Get('proposals')
  @Can('proposal.list')
  list(@CurrentUser() user: RequestUser, @Query() q: ProposalsQueryDto): Promise<Page<ProposalDto>> {
    return this.reads.list(user, q);
  }

  @Get('proposals/:id')
  @Can('proposal.read', 'proposal')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<ProposalDto> {
    return this.reads.get(user, id);
  }

  @Post('proposals/:id/answer')
  @Can('proposal.answer', 'proposal')
  answer(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: AnswerProposalDto): Promise<ProposalDto> {
    return this.answers.execute(user, id, dto);
  }

  @Post('proposals/:id/withdrawal')
  @Can('proposal.withdraw', 'proposal')
  withdraw(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: WithdrawProposalDto): Promise<ProposalDto> {
    return this.propose.withdraw(user, id, dto);
  }
}

/** Placements (care relationships) and the childminder's week picture. */
@ApiTags('placements')
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: Placements) {}

  @Get()
  @Can('placement.list')
  list(@CurrentUser() user: RequestUser, @Query() q: PlacementsQueryDto): Promise<Page<PlacementDto>> {
    return this.placements.list(user, q);
  }

  /** Present children per 15-minute slot on a date (default today): the childminder's own, or any for staff. */
  @Get('week-grid')
  @Can('placement.week-grid')
  weekGrid(@CurrentUser() user: RequestUser, @Query() q: WeekGridQueryDto): Promise<WeekGridDto> {
    return this.placements.weekGrid(user, q.childminderId, q.date);
  }

  @Get(':id')
  @Can('placement.read', 'placement')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<PlacementDto> {
    return this.placements.get(user, id);
  }

  @Put(':id')
  @Can('placement.change', 'placement')
  update(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: UpdatePlacementDto): Promise<PlacementDto> {
    return this.placements.update(user, id, dto);
  }

  @Post(':id/end')
  @Can('placement.change', 'placement')
  end(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: EndPlacementDto): Promise<PlacementDto> {
    return this.placements.end(user, id, dto);
  }
}

/** The office's capacity limits (admins change them within the legal maxima; staff read them). */
@ApiTags('admin')
@Controller('admin/capacity-settings')
export class CapacitySettingsController {
  constructor(private readonly settings: CapacitySettings) {}

  @Get()
  @Can('capacity-settings.read')
  read(@CurrentUser() user: RequestUser): Promise<CapacitySettingsDto> {
    return this.settings.read(user);
  }

  @Put()
  @Can('capacity-settings.write')
  update(@CurrentUser() user: RequestUser, @Body() dto: UpdateCapacitySettingsDto): Promise<CapacitySettingsDto> {
    return this.settings.update(user, dto);
  }
}

/** Matching: suggestions for one request, and batch runs for all open requests of the office (advisors). */
@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(
    private readonly suggestions: Suggestions,
    private readonly runs: MatchingRuns,
    private readonly propose: Propose,
  ) {}

  /** Childminders passing every hard rule, ranked with the reason for each point; near-misses with why not. */
  @Get('care-requests/:id/suggestions')
  @Can('matching.suggest', 'care_request')
  suggest(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<SuggestionsDto> {
    return this.suggestions.forRequest(user, id);
  }

  /** Starts a batch run (a job of the worker); poll GET /matching/runs/:id for progress and result. */
  @Post('matching/runs')
  @Can('matching.run')
  start(@CurrentUser() user: RequestUser, @Body() dto: StartMatchingRunDto): Promise<MatchingRunDto> {
    return this.runs.start(user, dto);
  }

  @Get('matching/runs')
  @Can('matching.read')
  list(@CurrentUser() user: RequestUser, @Query() q: PageQueryDto) {
    return this.runs.list(user, q);
  }

  @Get('matching/runs/:id')
  @Can('matching.read', 'matching_run')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<MatchingRunDto> {
    return this.runs.get(user, id);
  }

  /** Sends proposals for the selected rows of a finished run (each checked like a single proposal). */
  @Post('matching/runs/:id/proposals')
  @Can('matching.run', 'matching_run')
  send(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: SendRunProposalsDto,
  ): Promise<SendRunProposalsResultDto> {
    return this.runs.sendProposals(user, id, dto, this.propose);
  }
}

/** The office's priority order for matching (its last tie-break); admins change it, staff read it. */
@ApiTags('admin')
@Controller('admin/matching-settings')
export class MatchingSettingsController {
  constructor(private readonly settings: MatchingSettings) {}

  @Get()
  @Can('matching-settings.read')
  read(@CurrentUser() user: RequestUser): Promise<MatchingSettingsDto> {
    return this.settings.read(user);
  }

  @Put()
  @Can('matching-settings.write')
  update(@CurrentUser() user: RequestUser, @Body() dto: UpdateMatchingSettingsDto): Promise<MatchingSettingsDto> {
    return this.settings.update(user, dto);
  }
}
