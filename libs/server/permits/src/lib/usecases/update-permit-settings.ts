import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PermitSettingsDto, UpdatePermitSettingsDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { OfficeToday } from '../shared/office-today';
import { OfficeSettings } from '@lotse/server/office';
import { toPermitSettingsDto } from './read-permit-settings';

type Group = 'settings' | 'texts';

/** `settings.validityYears`, `texts.legalRemedy`, …: the fields whose value differs. */
function changedKeys(before: PermitSettingsDto, after: Pick<PermitSettingsDto, Group>): string[] {
  return (['settings', 'texts'] as const).flatMap((group) =>
    Object.keys(after[group])
      .filter(
        (key) =>
          JSON.stringify((before[group] as unknown as Record<string, unknown>)[key]) !==
          JSON.stringify((after[group] as unknown as Record<string, unknown>)[key]),
      )
      .map((key) => `${group}.${key}`),
  );
}

/**
 * An admin replaces the tenant's permit rules and letter texts (`tenant.settings.permit`,
 * `.permitTexts`; the letterhead is the office's contact, edited on "Amtsdaten"). The tenant row is locked and its version compared (stale → 409), the
 * change is audited with the changed keys. Decisions and issuing read the settings per call, so
 * the next one follows; issued permits keep their snapshot (`permit.document_data`).
 */
@Injectable()
export class UpdatePermitSettings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly day: OfficeToday,
  ) {}

  async execute(actor: RequestUser, dto: UpdatePermitSettingsDto): Promise<PermitSettingsDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await OfficeSettings.lock(m, actor.tenantId);
      if (row.version !== dto.version) throw apiError(409, 'Die Einstellungen wurden inzwischen geändert. Bitte laden Sie neu.');
      const before = toPermitSettingsDto(row);
      const after = {
        settings: { ...dto.settings, reminderMonthsBeforeExpiry: [...dto.settings.reminderMonthsBeforeExpiry].sort((a, b) => b - a) },
        texts: { ...dto.texts, ...trimmed(dto.texts), dutiesToInform: dto.texts.dutiesToInform.map((d) => d.trim()) },
      };
      const changed = changedKeys(before, after);
      if (changed.length === 0) return before;
      const saved = await OfficeSettings.write(m, actor.tenantId, { permit: after.settings, permitTexts: after.texts }, this.day.now());
      // Old and new values of the rules; the long letter texts by name only.
      const values: Record<string, [unknown, unknown]> = {};
      for (const key of changed) {
        const [group, field] = key.split('.') as [Group, string];
        if (group !== 'texts')
          values[key] = [
            (before[group] as unknown as Record<string, unknown>)[field],
            (after[group] as unknown as Record<string, unknown>)[field],
          ];
      }
      await this.audit.record(
        {
          action: 'tenant.permit_settings_changed',
          actor,
          targetType: 'tenant',
          targetId: actor.tenantId,
          details: { changed, values, version: saved.version },
        },
        m,
      );
      return toPermitSettingsDto(saved);
    });
  }
}

/** String fields without surrounding white space. */
function trimmed<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => [k, (v as string).trim()]),
  ) as Partial<T>;
}
