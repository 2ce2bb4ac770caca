import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PermitSettingsDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { OfficeSettings, permitOf, type OfficeRow } from '@lotse/server/office';
import { DataSource } from 'typeorm';

/**
 * What the admin page shows: the values in force (defaults filled in) and the letterhead the letter
 * prints, read-only here: the office's contact is edited on "Amtsdaten" (PUT /api/admin/office).
 */
export function toPermitSettingsDto(row: OfficeRow): PermitSettingsDto {
  const { settings, texts, office } = permitOf(row);
  return {
    settings: { ...settings, reminderMonthsBeforeExpiry: [...settings.reminderMonthsBeforeExpiry] },
    texts: { ...texts, dutiesToInform: [...texts.dutiesToInform] },
    office: {
      name: office.name,
      street: office.street,
      postcode: office.postcode,
      city: office.city,
      phone: office.phone,
      email: office.email,
    },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** GET /api/admin/permit-settings. */
@Injectable()
export class ReadPermitSettings {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: RequestUser): Promise<PermitSettingsDto> {
    const row = await OfficeSettings.row(this.dataSource.manager, actor.tenantId);
    if (!row) throw apiError(404, 'Jugendamt nicht gefunden.');
    return toPermitSettingsDto(row);
  }
}
