import { Controller, Get, Inject, Param, type PipeTransform } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { TENANT_SLUG_PATTERN, type PublicOfficeDto } from '@lotse/shared/contracts';
import { APP_CONFIG, apiError, Public, type AppConfig } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { OfficeSettings } from '../settings/office-settings';
import { toPublicOfficeDto } from './public-office';

/** `:slug` must look like a tenant slug; anything else is a 400 before the database is asked. */
const SlugParam: PipeTransform<unknown, string> = {
  transform(value: unknown): string {
    if (typeof value === 'string' && TENANT_SLUG_PATTERN.test(value)) return value;
    throw apiError(400, 'Ungültige Kennung des Jugendamts.', [
      { field: 'slug', message: 'Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).', code: 'matches' },
    ]);
  },
};

/**
 * Public, read-only office data for pages without a session (registration): contact, consultation
 * hours, districts and the privacy notice. GET only, so no CSRF token is needed.
 */
@ApiTags('public')
@Controller('public')
export class PublicOfficeController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The office this installation serves publicly (`PUBLIC_TENANT_SLUG`, default `kamen`). */
  @Get('office')
  @Public()
  current(): Promise<PublicOfficeDto> {
    return this.bySlug(this.config.PUBLIC_TENANT_SLUG);
  }

  /** Any office by its slug (several offices in one installation). Unknown slug → 404. */
  @Get('offices/:slug')
  @Public()
  office(@Param('slug', SlugParam) slug: string): Promise<PublicOfficeDto> {
    return this.bySlug(slug);
  }

  private async bySlug(slug: string): Promise<PublicOfficeDto> {
    const tenant = await OfficeSettings.bySlug(this.dataSource.manager, slug);
    if (!tenant) throw apiError(404, 'Jugendamt nicht gefunden.');
    return toPublicOfficeDto(tenant);
  }
}
