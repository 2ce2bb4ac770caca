import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CapacitySettingsDto, UpdateCapacitySettingsDto } from '@lotse/shared/contracts';
import { CAPACITY_LEGAL_MAXIMA, validateCapacitySettings, type CapacityOfficeSettings } from '@lotse/shared/domain';
import { apiError, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { OfficeSettings } from '@lotse/server/office';
import { DataSource } from 'typeorm';
import { officeCapacitySettings } from '../capacity/capacity-facts';

const KEYS = ['maxPresent', 'maxContracts', 'ownChildrenCount', 'siteMaxPresent', 'siteMaxChildminders', 'siteMaxContracts'] as const;

/**
 * The office's capacity limits (`tenant.settings.capacity`): read by everyone who checks capacity,
 * changed by the office's admin within the legal maxima (tenant row locked, version compared,
 * audited with old and new values). The next capacity check follows; existing placements stay.
 */
@Injectable()
export class CapacitySettings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async read(actor: RequestUser): Promise<CapacitySettingsDto> {
    const row = await OfficeSettings.row(this.dataSource.manager, actor.tenantId);
    if (!row) throw apiError(404, 'Jugendamt nicht gefunden.');
    return toDto(await officeCapacitySettings(this.dataSource.manager, actor.tenantId), row.version);
  }

  async update(actor: RequestUser, dto: UpdateCapacitySettingsDto): Promise<CapacitySettingsDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await OfficeSettings.lock(m, actor.tenantId);
      if (row.version !== dto.version) throw apiError(409, 'Die Einstellungen wurden inzwischen geändert. Bitte laden Sie neu.');
      const next: CapacityOfficeSettings = Object.fromEntries(KEYS.map((k) => [k, dto[k]])) as unknown as CapacityOfficeSettings;
      const problems = validateCapacitySettings(next);
      if (problems.length)
        throw apiError(
          400,
          'Die Eingaben sind ungültig.',
          problems.map((p) => ({ field: p.field, message: p.message, code: p.code })),
        );
      const before = await officeCapacitySettings(m, actor.tenantId);
      const values = Object.fromEntries(KEYS.filter((k) => before[k] !== next[k]).map((k) => [k, [before[k], next[k]]]));
      const saved = await OfficeSettings.write(m, actor.tenantId, { capacity: next }, this.clock.now());
      await this.audit.record(
        {
          action: 'tenant.capacity_settings_changed',
          actor,
          targetType: 'tenant',
          targetId: actor.tenantId,
          details: { values, version: saved.version },
        },
        m,
      );
      return toDto(next, saved.version);
    });
  }
}

function toDto(s: CapacityOfficeSettings, version: number): CapacitySettingsDto {
  return { ...s, legalMaxima: { ...CAPACITY_LEGAL_MAXIMA }, version };
}
