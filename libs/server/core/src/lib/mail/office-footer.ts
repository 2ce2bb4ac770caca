import type { TenantDto } from '@lotse/shared/contracts';
import type { EntityManager } from 'typeorm';

export type Office = TenantDto['office'];

/** The office's contact data for mail footers (tenant settings). */
export async function loadOffice(m: EntityManager, tenantId: string): Promise<Office | null> {
  const rows: Array<{ office: Office | null }> = await m.query(`SELECT settings->'office' AS office FROM tenant WHERE id = $1`, [tenantId]);
  return rows[0]?.office ?? null;
}

/** The closing of every mail: greeting and the office's contact data (German; English for the English part of a mail). */
export function mailFooter(office: Office | null, locale: 'de' | 'en' = 'de'): string {
  const greeting = locale === 'en' ? 'Kind regards' : 'Mit freundlichen Grüßen';
  if (!office) return `${greeting}\n${locale === 'en' ? 'Your childminding advisory service' : 'Ihre Fachberatung Kindertagespflege'}`;
  return [greeting, office.name, `${office.street}, ${office.postcode} ${office.city}`, `${locale === 'en' ? 'Phone' : 'Telefon'} ${office.phone} · ${office.email}`].join('\n');
}
