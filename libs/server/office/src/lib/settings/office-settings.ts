import { apiError } from '@lotse/server/core';
import type { CapacityOfficeSettings, PermitSettings } from '@lotse/shared/domain';
import type { MatchingTieBreak } from '@lotse/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { PermitTexts } from './permit-text-defaults';
import {
  sectionProblems,
  validateTenantSettings,
  withDefaults,
  type OfficeContact,
  type TenantSettings,
  type TenantSettingsSection,
} from './tenant-settings.schema';

/** One office row as the settings readers and writers see it. */
export interface OfficeRow {
  id: string;
  name: string;
  slug: string;
  state: string;
  settings: TenantSettings;
  version: number;
  updatedAt: Date;
}

interface RawRow {
  id: string;
  name: string;
  slug: string;
  state: string;
  settings: unknown;
  version: number;
  updated_at: Date;
}

const COLUMNS = 'id, name, slug, state, settings, version, updated_at';

function toRow(r: RawRow): OfficeRow {
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    state: r.state,
    settings: withDefaults(r.settings),
    version: r.version,
    updatedAt: new Date(r.updated_at),
  };
}

/**
 * The only way into `tenant.settings` (issue 9): typed readers per section and one writer. Every
 * function takes the caller's EntityManager, so it reads and writes inside the caller's transaction
 * (a permit decision reads the rules it is judged by under the same snapshot it writes with). Plain
 * SQL rather than the entity repository: the worker and the CLI run DataSources without entities.
 */
export const OfficeSettings = {
  /** The whole row with every section's defaults filled in; `null` for an unknown tenant. */
  async row(m: EntityManager, tenantId: string): Promise<OfficeRow | null> {
    const [r]: RawRow[] = await m.query(`SELECT ${COLUMNS} FROM tenant WHERE id = $1`, [tenantId]);
    return r ? toRow(r) : null;
  },

  /** The row by slug (public pages, registration). */
  async bySlug(m: EntityManager, slug: string): Promise<OfficeRow | null> {
    const [r]: RawRow[] = await m.query(`SELECT ${COLUMNS} FROM tenant WHERE slug = $1`, [slug]);
    return r ? toRow(r) : null;
  },

  /** The row, locked for a change (`SELECT … FOR UPDATE`); unknown tenant → 404. */
  async lock(m: EntityManager, tenantId: string): Promise<OfficeRow> {
    const [r]: RawRow[] = await m.query(`SELECT ${COLUMNS} FROM tenant WHERE id = $1 FOR UPDATE`, [tenantId]);
    if (!r) throw apiError(404, 'Jugendamt nicht gefunden.');
    return toRow(r);
  },

  /** The office's contact data (mail footers, letters); `null` for an unknown tenant. */
  async office(m: EntityManager, tenantId: string): Promise<OfficeContact | null> {
    return (await OfficeSettings.row(m, tenantId))?.settings.office ?? null;
  },

  /** The districts (Stadtteile) a file or request may name. */
  async districts(m: EntityManager, tenantId: string): Promise<string[]> {
    return (await OfficeSettings.row(m, tenantId))?.settings.districts.filter((d) => typeof d === 'string') ?? [];
  },

  /** The capacity limits; a stored value outside the legal limits never widens capacity: the defaults apply instead. */
  async capacity(m: EntityManager, tenantId: string): Promise<CapacityOfficeSettings> {
    return section(await OfficeSettings.row(m, tenantId), 'capacity');
  },

  /** The matching tie-break; anything unknown counts as the lottery. */
  async tieBreak(m: EntityManager, tenantId: string): Promise<MatchingTieBreak> {
    return section(await OfficeSettings.row(m, tenantId), 'matching').tieBreak;
  },

  /** What a permit decision and letter need: rules, texts, letterhead and the authority's name. */
  async permit(
    m: EntityManager,
    tenantId: string,
  ): Promise<{ authority: string; settings: PermitSettings; texts: PermitTexts; office: OfficeContact }> {
    return permitOf(await OfficeSettings.row(m, tenantId));
  },

  /**
   * Replaces the given sections (the caller holds the lock from `lock` and has compared the
   * version), validates them against the schema (400 with field errors, nothing written), bumps
   * the version and returns the new row.
   */
  async write(m: EntityManager, tenantId: string, patch: Partial<TenantSettings>, now: Date): Promise<OfficeRow> {
    const [r]: RawRow[] = await m.query(`SELECT settings FROM tenant WHERE id = $1`, [tenantId]);
    if (!r) throw apiError(404, 'Jugendamt nicht gefunden.');
    // Unknown keys of older rows survive a write: the sections are replaced, the rest kept.
    const stored = { ...((r.settings as object) ?? {}), ...patch };
    const problems = validateTenantSettings(withDefaults(stored)).filter((e) =>
      Object.keys(patch).some((s) => e.field === s || e.field.startsWith(`${s}.`)),
    );
    if (problems.length) throw apiError(400, 'Die Eingaben sind unvollständig oder ungültig.', problems);
    // TypeORM answers an UPDATE with [rows, affected].
    const [[saved]]: [[RawRow]] = await m.query(
      `UPDATE tenant SET settings = $2::jsonb, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
      [tenantId, JSON.stringify(stored), now],
    );
    return toRow(saved);
  },
};

/** A row's permit configuration (rules and texts checked, defaults where a stored value is invalid). */
export function permitOf(row: OfficeRow | null): {
  authority: string;
  settings: PermitSettings;
  texts: PermitTexts;
  office: OfficeContact;
} {
  const s = row?.settings ?? withDefaults({});
  return { authority: row?.name ?? '', settings: section(row, 'permit'), texts: section(row, 'permitTexts'), office: s.office };
}

function section<K extends 'capacity' | 'matching' | 'permit' | 'permitTexts'>(row: OfficeRow | null, key: K): TenantSettings[K] {
  const fallback = withDefaults({});
  if (!row) return fallback[key];
  return sectionProblems(row.settings, key as TenantSettingsSection).length ? fallback[key] : row.settings[key];
}
