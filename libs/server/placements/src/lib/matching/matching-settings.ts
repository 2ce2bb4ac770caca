import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PRIORITY_ORDER_DE,
  type MatchingSettingsDto,
  type MatchingTieBreak,
  type UpdateMatchingSettingsDto,
} from '@lotse/shared/contracts';
import { apiError, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { OfficeSettings } from '@lotse/server/office';
import { DataSource, type EntityManager } from 'typeorm';

/** The office's tie-break (`tenant.settings.matching.tieBreak`); anything unknown counts as the lottery. */
export function officeTieBreak(m: EntityManager, tenantId: string): Promise<MatchingTieBreak> {
  return OfficeSettings.tieBreak(m, tenantId);
}

/**
 * The office's priority order for matching: legal entitlement, then the date of the request (fixed
 * by fairness, domain.md), then the office's tie-break — a lottery from the run's recorded seed or
 * the older child first. Admins change it (tenant row locked, version compared, audited).
 */
@Injectable()
export class MatchingSettings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async read(actor: RequestUser): Promise<MatchingSettingsDto> {
    const row = await OfficeSettings.row(this.dataSource.manager, actor.tenantId);
    if (!row) throw apiError(404, 'Jugendamt nicht gefunden.');
    const tieBreak = await officeTieBreak(this.dataSource.manager, actor.tenantId);
    return { tieBreak, priorityOrder: PRIORITY_ORDER_DE[tieBreak], version: row.version };
  }

  async update(actor: RequestUser, dto: UpdateMatchingSettingsDto): Promise<MatchingSettingsDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await OfficeSettings.lock(m, actor.tenantId);
      if (row.version !== dto.version) throw apiError(409, 'Die Einstellungen wurden inzwischen geändert. Bitte laden Sie neu.');
      const before = await officeTieBreak(m, actor.tenantId);
      const saved = await OfficeSettings.write(m, actor.tenantId, { matching: { tieBreak: dto.tieBreak } }, this.clock.now());
      await this.audit.record(
        {
          action: 'tenant.matching_settings_changed',
          actor,
          targetType: 'tenant',
          targetId: actor.tenantId,
          details: { tieBreak: [before, dto.tieBreak] },
        },
        m,
      );
      return { tieBreak: dto.tieBreak, priorityOrder: PRIORITY_ORDER_DE[dto.tieBreak], version: saved.version };
    });
  }
}
