import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, StreamableFile, type PipeTransform } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CreatePartnerServiceDto,
  DemandFiguresQueryDto,
  PartnerServicesQueryDto,
  RecordReferralDto,
  TENANT_SLUG_PATTERN,
  UpdatePartnerServiceDto,
  type DemandFiguresDto,
  type PartnerServiceDto,
  type PublicPartnerServiceDto,
  type ReferralRecordedDto,
} from '@lotse/shared/contracts';
import { apiError, APP_CONFIG, Can, CurrentUser, Public, UuidParam, type AppConfig, type RequestUser } from '@lotse/server/core';
import { OfficeSettings } from '@lotse/server/office';
import { DataSource } from 'typeorm';
import { PartnerServices } from './usecases/partner-services';
import { Referrals } from './usecases/referrals';

/** The directory of partner services: staff browse it, the coordinator (admin) keeps it. */
@ApiTags('referrals')
@Controller('partner-services')
export class PartnerServicesController {
  constructor(private readonly partners: PartnerServices) {}

  @Get()
  @Can('partner-service.read')
  list(@CurrentUser() user: RequestUser, @Query() q: PartnerServicesQueryDto): Promise<PartnerServiceDto[]> {
    return this.partners.list(user, q);
  }

  @Get(':id')
  @Can('partner-service.read', 'partner_service')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<PartnerServiceDto> {
    return this.partners.get(user, id);
  }

  @Post()
  @Can('partner-service.write')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreatePartnerServiceDto): Promise<PartnerServiceDto> {
    return this.partners.create(user, dto);
  }

  /** Change or deactivate (`active: false`); `version` from the last read, a stale one answers 409. */
  @Put(':id')
  @Can('partner-service.write', 'partner_service')
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdatePartnerServiceDto,
  ): Promise<PartnerServiceDto> {
    return this.partners.update(user, id, dto);
  }
}

/** Two-click referrals and the anonymous demand figures (Bedarfsermittlung). */
@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: Referrals) {}

  /** "Weitervermittelt": partner (or kind of service) and topic; nothing else is accepted or stored. */
  @Post()
  @Can('referral.record')
  @HttpCode(201)
  record(@CurrentUser() user: RequestUser, @Body() dto: RecordReferralDto): Promise<ReferralRecordedDto> {
    return this.referrals.record(user, dto);
  }

  /** Referrals per month by topic and by kind of service (default: the last twelve months). */
  @Get('figures')
  @Can('referral.figures')
  figures(@CurrentUser() user: RequestUser, @Query() q: DemandFiguresQueryDto): Promise<DemandFiguresDto> {
    return this.referrals.figures(user, q);
  }

  /** The same aggregates as CSV (month; kind; topic; count). */
  @Get('figures.csv')
  @Can('referral.figures')
  @ApiProduces('text/csv')
  async csv(@CurrentUser() user: RequestUser, @Query() q: DemandFiguresQueryDto): Promise<StreamableFile> {
    const { filename, body } = await this.referrals.figuresCsv(user, q);
    const data = Buffer.from(body, 'utf8');
    return new StreamableFile(data, {
      type: 'text/csv; charset=utf-8',
      length: data.length,
      disposition: `attachment; filename="${filename}"`,
    });
  }
}

/** `:slug` must look like a tenant slug; anything else is a 400 before the database is asked. */
const SlugParam: PipeTransform<unknown, string> = {
  transform(value: unknown): string {
    if (typeof value === 'string' && TENANT_SLUG_PATTERN.test(value)) return value;
    throw apiError(400, 'Ungültige Kennung des Jugendamts.', [
      { field: 'slug', message: 'Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).', code: 'matches' },
    ]);
  },
};

/** The public, read-only referral guide (`/wegweiser`): active partners, no staff data. */
@ApiTags('public')
@Controller('public')
export class PublicPartnerServicesController {
  constructor(
    private readonly partners: PartnerServices,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('office/partner-services')
  @Public()
  current(): Promise<PublicPartnerServiceDto[]> {
    return this.bySlug(this.config.PUBLIC_TENANT_SLUG);
  }

  @Get('offices/:slug/partner-services')
  @Public()
  office(@Param('slug', SlugParam) slug: string): Promise<PublicPartnerServiceDto[]> {
    return this.bySlug(slug);
  }

  private async bySlug(slug: string): Promise<PublicPartnerServiceDto[]> {
    const tenant = await OfficeSettings.bySlug(this.dataSource.manager, slug);
    if (!tenant) throw apiError(404, 'Jugendamt nicht gefunden.');
    return this.partners.listPublic(tenant.id);
  }
}
