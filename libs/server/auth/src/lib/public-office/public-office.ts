import type { PublicOfficeDto } from '@lotse/shared/contracts';
import { privacyNoticeFor } from '@lotse/server/core';
import type { Tenant } from '../entities/tenant.entity';

/**
 * The department is edited by the admin with the permit letter texts (`permitTexts.department`), so
 * the public page and the letter name the same one; this is the letter's default too
 * (`DEFAULT_PERMIT_TEXTS` in server/permits, which this lib cannot import: permits builds on auth).
 */
const DEFAULT_DEPARTMENT = 'Familienbüro – Fachberatung Kindertagespflege';

const EMPTY_OFFICE: PublicOfficeDto['office'] = { name: '', street: '', postcode: '', city: '', phone: '', email: '', openingHours: [], byAppointmentNote: '' };

/**
 * What the public may read about an office, field by field (never the settings object as a whole,
 * so a new internal setting cannot leak through this route).
 */
export function toPublicOfficeDto(t: Pick<Tenant, 'name' | 'slug' | 'state' | 'settings'>): PublicOfficeDto {
  const s = t.settings ?? {};
  const office = { ...EMPTY_OFFICE, ...(s.office ?? {}) };
  const texts = (s['permitTexts'] ?? {}) as { department?: unknown };
  return {
    slug: t.slug,
    name: t.name,
    department: typeof texts.department === 'string' && texts.department.trim() ? texts.department : DEFAULT_DEPARTMENT,
    office: {
      name: office.name,
      street: office.street,
      postcode: office.postcode,
      city: office.city,
      phone: office.phone,
      email: office.email,
      openingHours: (office.openingHours ?? []).map(({ weekday, from, to }) => ({ weekday, from, to })),
      byAppointmentNote: office.byAppointmentNote ?? '',
      accessNote: office.accessNote ?? '',
    },
    districts: [...(s.districts ?? [])],
    privacy: privacyNoticeFor({ name: t.name, state: t.state, settings: s }),
  };
}
