import type { PublicOfficeDto } from '@lotse/shared/contracts';
import { DEFAULT_PERMIT_TEXTS } from '../settings/permit-text-defaults';
import { privacyNoticeFor } from '../settings/privacy-notice';
import type { OfficeRow } from '../settings/office-settings';

/**
 * What the public may read about an office, field by field (never the settings object as a whole,
 * so a new internal setting cannot leak through this route). The department is edited with the
 * permit letter texts (`permitTexts.department`), so the public page and the letter name the same one.
 */
export function toPublicOfficeDto(t: Pick<OfficeRow, 'name' | 'slug' | 'state' | 'settings'>): PublicOfficeDto {
  const s = t.settings;
  const office = s.office;
  const department = s.permitTexts.department;
  return {
    slug: t.slug,
    name: t.name,
    department: typeof department === 'string' && department.trim() ? department : DEFAULT_PERMIT_TEXTS.department,
    office: {
      name: office.name,
      street: office.street,
      postcode: office.postcode,
      city: office.city,
      phone: office.phone,
      email: office.email,
      openingHours: (office.openingHours ?? []).map(({ weekday, from, to }) => ({ weekday, from, to })),
      byAppointmentNote: office.byAppointmentNote ?? '',
      ...(office.accessNote ? { accessNote: office.accessNote } : {}),
    },
    districts: [...s.districts],
    privacy: privacyNoticeFor({ name: t.name, state: t.state, settings: s }),
  };
}
