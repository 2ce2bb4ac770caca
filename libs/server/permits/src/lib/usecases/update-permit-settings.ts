import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PermitSettingsDto, UpdatePermitSettingsDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { OfficeToday } from '../shared/office-today';
import { tenantSettingsRow, toPermitSettingsDto } from './read-permit-settings';

type Group = 'settings' | 'texts' | 'office';

/** `settings.validityYears`, `texts.legalRemedy`, …: the fields whose value differs. */
function changedKeys(before: PermitSettingsDto, after: Pick<PermitSettingsDto, Group>): string[] {
  return (['settings', 'texts', 'office'] as const).flatMap((group) =>
    Object.keys(after[group])
      .filter((key) => JSON.stringify((before[group] as unknown as Record<string, unknown>)[key]) !== JSON.stringify((after[group] as unknown as Record<string, unknown>)[key]))
      .map((key) => `${group}.${key}`),
  );
}

/**
 * An admin replaces the tenant's permit rules, letter texts and letterhead (`tenant.settings.permit`,
 * `.permitTexts`, `.office`). The tenant row is locked and its version compared (stale → 409), the
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
      const row = await tenantSettingsRow(m, actor.tenantId, true);
      if (row.version !== dto.version) throw apiError(409, 'Die Einstellungen wurden inzwischen geändert. Bitte laden Sie neu.');
      const before = toPermitSettingsDto(row);
      const after = {
        settings: { ...dto.settings, reminderMonthsBeforeExpiry: [...dto.settings.reminderMonthsBeforeExpiry].sort((a, b) => b - a) },
        texts: { ...dto.texts, ...trimmed(dto.texts), dutiesToInform: dto.texts.dutiesToInform.map((d) => d.trim()) },
        office: { ...dto.office, ...trimmed(dto.office) },
      };
      const changed = changedKeys(before, after);
      if (changed.length === 0) return before;
      // Consultation hours and the appointment note stay as they are (not edited here).
      const office = { ...((row.settings['office'] as object) ?? {}), ...after.office };
      const settings = { ...row.settings, permit: after.settings, permitTexts: after.texts, office };
      // TypeORM answers an UPDATE with [rows, affected].
      const [[saved]] = await m.query(`UPDATE tenant SET settings = $2::jsonb, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING name, settings, version, updated_at`, [
        actor.tenantId,
        JSON.stringify(settings),
        this.day.now(),
      ]);
      // Old and new values of the rules and the letterhead; the long letter texts by name only.
      const values: Record<string, [unknown, unknown]> = {};
      for (const key of changed) {
        const [group, field] = key.split('.') as [Group, string];
        if (group !== 'texts') values[key] = [(before[group] as unknown as Record<string, unknown>)[field], (after[group] as unknown as Record<string, unknown>)[field]];
      }
      await this.audit.record({ action: 'tenant.permit_settings_changed', actor, targetType: 'tenant', targetId: actor.tenantId, details: { changed, values, version: saved.version } }, m);
      return toPermitSettingsDto(saved);
    });
  }
}

/** String fields without surrounding white space. */
function trimmed<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, (v as string).trim()])) as Partial<T>;
}
