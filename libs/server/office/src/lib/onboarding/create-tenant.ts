import type { CreateOfficeDto, OfficeSummaryDto } from '@lotse/shared/contracts';
import { officeMessages } from '@lotse/shared/contracts';
import { apiError } from '@lotse/server/core';
import type { EntityManager } from 'typeorm';
import { validateTenantSettings, withDefaults, type TenantSettings } from '../settings/tenant-settings.schema';

/**
 * The tenant part of onboarding an office (operator page and `cli.js create-office`, one code path
 * through `OnboardOffice` in server/auth, which adds the first admin and her invitation). The slug
 * is checked under a lock on the slug, so two simultaneous requests cannot both take it: the
 * second gets 409 with a field message. Rules, texts and limits start from the defaults of NRW;
 * the new admin completes the contact on "Amtsdaten".
 */
export async function createTenant(m: EntityManager, dto: CreateOfficeDto): Promise<{ tenantId: string }> {
  const slug = dto.slug.trim();
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('tenant.slug:' || $1))`, [slug]);
  if ((await m.query(`SELECT 1 FROM tenant WHERE slug = $1`, [slug])).length) {
    throw apiError(409, officeMessages.slugTaken, [{ field: 'slug', message: officeMessages.slugTaken, code: 'taken' }]);
  }
  const o = dto.office ?? {};
  const name = dto.name.trim();
  const settings: Pick<TenantSettings, 'office' | 'districts'> = {
    office: {
      name: o.name?.trim() || `${name} – Fachberatung Kindertagespflege`,
      street: o.street?.trim() ?? '',
      postcode: o.postcode?.trim() ?? '',
      city: o.city?.trim() ?? '',
      phone: o.phone?.trim() ?? '',
      email: o.email?.trim() || dto.admin.email.trim(),
      openingHours: [],
      byAppointmentNote: '',
    },
    districts: dto.districts.map((d) => d.trim()),
  };
  // The districts must satisfy the one schema (the DTO checked the form; this guards other callers).
  const problems = validateTenantSettings(withDefaults(settings)).filter((e) => e.field.startsWith('districts'));
  if (problems.length) throw apiError(400, 'Die Eingaben sind unvollständig oder ungültig.', problems);
  const [{ id }] = await m.query(`INSERT INTO tenant (name, slug, state, settings) VALUES ($1, $2, $3, $4) RETURNING id`, [
    name,
    slug,
    dto.state,
    JSON.stringify(settings),
  ]);
  return { tenantId: id };
}

/** Every office of the installation with its number of active admins (operator page). */
export async function listOffices(m: EntityManager): Promise<OfficeSummaryDto[]> {
  const rows: Array<{ id: string; name: string; slug: string; state: string; settings: unknown; created_at: Date; admins: number }> =
    await m.query(
      `SELECT t.id, t.name, t.slug, t.state, t.settings, t.created_at,
            (SELECT count(*)::int FROM app_user u WHERE u.tenant_id = t.id AND u.role = 'admin' AND u.active) AS admins
       FROM tenant t ORDER BY t.name, t.slug`,
    );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    state: r.state,
    districts: withDefaults(r.settings).districts,
    admins: r.admins,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
