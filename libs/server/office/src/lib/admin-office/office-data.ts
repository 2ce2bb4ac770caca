import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OfficeDataDto, UpdateOfficeDataDto } from '@lotse/shared/contracts';
import { AuditService } from '@lotse/server/audit';
import { apiError, Clock, type RequestUser } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { OfficeSettings, type OfficeRow } from '../settings/office-settings';
import { privacyNoticeFor } from '../settings/privacy-notice';
import type { OfficeContact, TenantSettings } from '../settings/tenant-settings.schema';

function toDto(row: OfficeRow): OfficeDataDto {
  const s = row.settings;
  return {
    name: row.name,
    slug: row.slug,
    state: row.state,
    office: { ...s.office, openingHours: s.office.openingHours.map(({ weekday, from, to }) => ({ weekday, from, to })) },
    districts: [...s.districts],
    privacy: s.privacy,
    privacyInForce: privacyNoticeFor({ name: row.name, state: row.state, settings: s }),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const t = (v: string) => v.trim();
const lines = (v: string[]) => v.map(t).filter(Boolean);

/**
 * "Amtsdaten" (issue 9): the admin reads and replaces the office's contact with consultation hours,
 * its districts and its privacy notice. Tenant row locked, version compared (stale → 409), audited
 * with the old and new value of every changed field. Letters, mails and the public page read the
 * new values from the next call on.
 */
@Injectable()
export class OfficeData {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async read(actor: RequestUser): Promise<OfficeDataDto> {
    const row = await OfficeSettings.row(this.dataSource.manager, actor.tenantId);
    if (!row) throw apiError(404, 'Jugendamt nicht gefunden.');
    return toDto(row);
  }

  async update(actor: RequestUser, dto: UpdateOfficeDataDto): Promise<OfficeDataDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await OfficeSettings.lock(m, actor.tenantId);
      if (row.version !== dto.version) throw apiError(409, 'Die Amtsdaten wurden inzwischen geändert. Bitte laden Sie neu.');
      const o = dto.office;
      const office: OfficeContact = {
        name: t(o.name),
        street: t(o.street),
        postcode: t(o.postcode),
        city: t(o.city),
        phone: t(o.phone),
        email: t(o.email),
        openingHours: [...o.openingHours]
          .map(({ weekday, from, to }) => ({ weekday, from, to }))
          .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from)),
        byAppointmentNote: t(o.byAppointmentNote),
        ...(o.accessNote?.trim() ? { accessNote: t(o.accessNote) } : {}),
      };
      const p = dto.privacy;
      const next: Pick<TenantSettings, 'office' | 'districts' | 'privacy'> = {
        office,
        districts: dto.districts.map(t),
        privacy: {
          controller: t(p.controller),
          dataProtectionOfficer: t(p.dataProtectionOfficer),
          purposes: lines(p.purposes),
          legalBasis: t(p.legalBasis),
          retention: t(p.retention),
          rights: lines(p.rights),
        },
      };
      const before = toDto(row);
      const changes = diff({ office: before.office, districts: before.districts, privacy: before.privacy }, next);
      if (Object.keys(changes).length === 0) return before;
      const saved = await OfficeSettings.write(m, actor.tenantId, next, this.clock.now());
      await this.audit.record(
        {
          action: 'tenant.office_data_changed',
          actor,
          targetType: 'tenant',
          targetId: actor.tenantId,
          details: { changes, version: saved.version },
        },
        m,
      );
      return toDto(saved);
    });
  }
}

/** `office.phone: [before, after]`, `districts: [[…], […]]`: every changed field with both values. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const group of Object.keys(after)) {
    const a = after[group];
    const b = before[group];
    if (Array.isArray(a) || Array.isArray(b) || typeof a !== 'object' || a === null) {
      if (JSON.stringify(a) !== JSON.stringify(b)) out[group] = [b, a];
      continue;
    }
    const bo = (b ?? {}) as Record<string, unknown>;
    const ao = a as Record<string, unknown>;
    for (const key of new Set([...Object.keys(bo), ...Object.keys(ao)])) {
      if (JSON.stringify(bo[key] ?? null) !== JSON.stringify(ao[key] ?? null)) out[`${group}.${key}`] = [bo[key] ?? null, ao[key] ?? null];
    }
  }
  return out;
}
