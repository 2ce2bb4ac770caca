import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  UseGuards,
  type PipeTransform,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AddInquiryNoteDto,
  ChangeInquiryStatusDto,
  CreateInquiryDto,
  InquiriesQueryDto,
  InquirySettingsDto,
  PublicInquiryDto,
  TENANT_SLUG_PATTERN,
  type AcceptedInquiryDto,
  type InquiryDto,
  type InquirySettingsView,
  type Page,
  UpdateInquiryDto,
} from '@lotse/shared/contracts';
import { apiError, APP_CONFIG, Can, CurrentUser, Public, UuidParam, type AppConfig, type RequestUser } from '@lotse/server/core';
import { OfficeSettings } from '@lotse/server/office';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { InquiriesService } from './inquiries.service';
import { InquiryThrottlerGuard } from './inquiry-throttler.guard';

/** `:slug` must look like a tenant slug; anything else is a 400 before the database is asked. */
const SlugParam: PipeTransform<unknown, string> = {
  transform(value: unknown): string {
    if (typeof value === 'string' && TENANT_SLUG_PATTERN.test(value)) return value;
    throw apiError(400, 'Ungültige Kennung des Jugendamts.', [
      { field: 'slug', message: 'Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).', code: 'matches' },
    ]);
  },
};

/** The same answer, and not faster, whether the honeypot caught a bot or the inquiry was stored. */
const MIN_ANSWER_MS = 300;
const received = (days: number): AcceptedInquiryDto => ({
  message: `Vielen Dank für Ihre Nachricht! Wir antworten Ihnen in der Regel innerhalb von ${days} ${days === 1 ? 'Werktag' : 'Werktagen'}.`,
  responseWorkingDays: days,
});

/**
 * The public contact form (`/kontakt`): no session, CSRF like every write, rate-limited per client
 * address and e-mail, with a honeypot field (`website`): filled, the answer is the same 202 and
 * nothing is stored.
 */
@ApiTags('public')
@Controller('public')
export class PublicInquiriesController {
  constructor(
    private readonly inquiries: InquiriesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Contact form of the office this installation serves publicly (`PUBLIC_TENANT_SLUG`). */
  @Post('inquiries')
  @Public()
  @HttpCode(202)
  @UseGuards(InquiryThrottlerGuard)
  current(@Body() dto: PublicInquiryDto, @Req() req: Request): Promise<AcceptedInquiryDto> {
    return this.receive(this.config.PUBLIC_TENANT_SLUG, dto, req);
  }

  /** Contact form of an office by its slug. Unknown slug → 404. */
  @Post('offices/:slug/inquiries')
  @Public()
  @HttpCode(202)
  @UseGuards(InquiryThrottlerGuard)
  bySlug(@Param('slug', SlugParam) slug: string, @Body() dto: PublicInquiryDto, @Req() req: Request): Promise<AcceptedInquiryDto> {
    return this.receive(slug, dto, req);
  }

  private async receive(slug: string, dto: PublicInquiryDto, req: Request): Promise<AcceptedInquiryDto> {
    const started = Date.now();
    const tenant = await OfficeSettings.bySlug(this.dataSource.manager, slug);
    if (!tenant) throw apiError(404, 'Jugendamt nicht gefunden.');
    let days: number;
    if (dto.website && dto.website.trim() !== '') {
      days = (await this.inquiries.publicTarget(tenant.id)).responseWorkingDays;
    } else {
      days = (await this.inquiries.receivePublic(tenant.id, dto, req.ip ?? null)).responseWorkingDays;
    }
    const wait = MIN_ANSWER_MS - (Date.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return received(days);
  }
}

/** The Familienbüro's inquiry queue: the office's advisors and admins (the coordinator). */
@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Get()
  @Can('inquiry.read')
  list(@CurrentUser() user: RequestUser, @Query() q: InquiriesQueryDto): Promise<Page<InquiryDto>> {
    return this.inquiries.list(user, q);
  }

  /** Staff enter a phone call, an answering-machine message, an e-mail or a visit. */
  @Post()
  @Can('inquiry.write')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateInquiryDto): Promise<InquiryDto> {
    return this.inquiries.create(user, dto);
  }

  /** The office's response target in working days (default 2). */
  @Get('settings')
  @Can('inquiry.read')
  settings(@CurrentUser() user: RequestUser): Promise<InquirySettingsView> {
    return this.inquiries.settings(user);
  }

  @Put('settings')
  @Can('inquiry-settings.write')
  saveSettings(@CurrentUser() user: RequestUser, @Body() dto: InquirySettingsDto): Promise<InquirySettingsView> {
    return this.inquiries.saveSettings(user, dto);
  }

  @Get(':id')
  @Can('inquiry.read', 'inquiry')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<InquiryDto> {
    return this.inquiries.get(user, id);
  }

  /** Service and assignee. */
  @Patch(':id')
  @Can('inquiry.write', 'inquiry')
  update(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: UpdateInquiryDto): Promise<InquiryDto> {
    return this.inquiries.update(user, id, dto);
  }

  @Post(':id/status')
  @Can('inquiry.write', 'inquiry')
  @HttpCode(200)
  status(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: ChangeInquiryStatusDto): Promise<InquiryDto> {
    return this.inquiries.changeStatus(user, id, dto);
  }

  @Post(':id/notes')
  @Can('inquiry.write', 'inquiry')
  note(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: AddInquiryNoteDto): Promise<InquiryDto> {
    return this.inquiries.addNote(user, id, dto);
  }
}
