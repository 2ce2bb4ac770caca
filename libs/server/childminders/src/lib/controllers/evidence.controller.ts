import { Body, Controller, Get, Param, ParseEnumPipe, Patch, Query, BadRequestException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  EVIDENCE_TYPES,
  EvidenceRemindersQueryDto,
  UpdateEvidenceRuleDto,
  type EvidenceRuleDto,
  type EvidenceType,
  type OpenReminderDto,
  type Page,
} from '@lotse/shared/contracts';
import { Can, CurrentUser, type RequestUser } from '@lotse/server/core';
import { EvidenceRulesService, toRuleDto } from '../shared/evidence-rules.service';
import { OpenReminders } from '../usecases/open-reminders';
import { UpdateEvidenceRule } from '../usecases/update-evidence-rule';

const TypeParam = new ParseEnumPipe(Object.fromEntries(EVIDENCE_TYPES.map((t) => [t, t])), {
  exceptionFactory: () =>
    new BadRequestException({
      message: 'Unbekannte Nachweisart.',
      errors: [{ field: 'type', message: `Erlaubt sind nur: ${EVIDENCE_TYPES.join(', ')}.`, code: 'isIn' }],
      localized: true,
    }),
});

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(
    private readonly rules: EvidenceRulesService,
    private readonly updateRule: UpdateEvidenceRule,
    private readonly reminders: OpenReminders,
  ) {}

  /** The tenant's evidence rules (NRW defaults until an admin changes them). */
  @Get('evidence-rules')
  @Can('evidence-rules.read')
  async list(@CurrentUser() user: RequestUser): Promise<EvidenceRuleDto[]> {
    return (await this.rules.entities(user.tenantId)).map(toRuleDto);
  }

  /** Change a rule (admins; `version` required, stale → 409). Stored expiries follow at once. */
  @Patch('evidence-rules/:type')
  @Can('evidence-rules.write')
  update(
    @CurrentUser() user: RequestUser,
    @Param('type', TypeParam) type: EvidenceType,
    @Body() dto: UpdateEvidenceRuleDto,
  ): Promise<EvidenceRuleDto> {
    return this.updateRule.execute(user, type, dto);
  }

  /** Worklist: current evidence of the tenant that is expiring or expired, with the reminders sent. */
  @Get('evidence/reminders')
  @Can('evidence.reminders.read')
  open(@CurrentUser() user: RequestUser, @Query() q: EvidenceRemindersQueryDto): Promise<Page<OpenReminderDto>> {
    return this.reminders.execute(user, q);
  }
}
