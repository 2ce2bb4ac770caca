import type { PermitSettings } from '@lotse/shared/domain';
import { OfficeSettings, type PermitTexts } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';

// The letter texts' defaults and type live with the one settings schema (server/office).
export { DEFAULT_PERMIT_TEXTS, type PermitTexts } from '@lotse/server/office';

export interface TenantPermitConfig {
  settings: PermitSettings;
  texts: PermitTexts;
  office: {
    name: string;
    street: string;
    postcode: string;
    city: string;
    phone: string;
    email: string;
    openingHours: Array<{ weekday: number; from: string; to: string }>;
    accessNote?: string;
  };
  authority: string;
}

/** Reads the tenant's permit settings, texts and letterhead data through the office library, defaults filled in. */
export async function loadPermitConfig(m: EntityManager, tenantId: string): Promise<TenantPermitConfig> {
  return OfficeSettings.permit(m, tenantId);
}

const WEEKDAYS = ['', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
export function formatConsultationHours(hours: Array<{ weekday: number; from: string; to: string }>): string {
  return (
    hours.map((h) => `${WEEKDAYS[h.weekday]} ${h.from.replace(':00', '')}–${h.to.replace(':00', '')}`).join(', ') +
    (hours.length ? ' Uhr' : '')
  );
}
