import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PermitSettingsDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { DataSource, type EntityManager } from 'typeorm';
import { permitConfigFrom } from '../shared/permit-settings';

export interface TenantSettingsRow {
  name: string;
  settings: Record<string, unknown>;
  version: number;
  updated_at: Date;
}

/** The tenant row the admin settings work on; `forUpdate` locks it for a change. */
export async function tenantSettingsRow(m: EntityManager, tenantId: string, forUpdate = false): Promise<TenantSettingsRow> {
  const [row] = await m.query(`SELECT name, settings, version, updated_at FROM tenant WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [tenantId]);
  if (!row) throw apiError(404, 'Jugendamt nicht gefunden.');
  return row;
}

/** What the admin page shows: the values in force (defaults filled in), the letterhead without consultation hours. */
export function toPermitSettingsDto(row: TenantSettingsRow): PermitSettingsDto {
  const { settings, texts, office } = permitConfigFrom(row);
  return {
    settings: { ...settings, reminderMonthsBeforeExpiry: [...settings.reminderMonthsBeforeExpiry] },
    texts: { ...texts, dutiesToInform: [...texts.dutiesToInform] },
    office: { name: office.name, street: office.street, postcode: office.postcode, city: office.city, phone: office.phone, email: office.email },
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** GET /api/admin/permit-settings. */
@Injectable()
export class ReadPermitSettings {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: RequestUser): Promise<PermitSettingsDto> {
    return toPermitSettingsDto(await tenantSettingsRow(this.dataSource.manager, actor.tenantId));
  }
}
