import type { TenantDto } from '@lotse/shared/contracts';
import type { EntityManager } from 'typeorm';

export type Office = TenantDto['office'];

/** The office's contact data for mail footers (tenant settings). */
export async function loadOffice(m: EntityManager, tenantId: string): Promise<Office | null> {
  const rows: Array<{ office: Office | null }> = await m.query(`SELECT settings->'office' AS office FROM tenant WHERE id = $1`, [tenantId]);
  return rows[0]?.office ?? null;
}

export function mailFooter(office: Office | null): string {
  if (!office) return 'Mit freundlichen Grüßen\nIhre Fachberatung Kindertagespflege';
  return [
    'Mit freundlichen Grüßen',
    office.name,
    `${office.street}, ${office.postcode} ${office.city}`,
    `Telefon ${office.phone} · ${office.email}`,
  ].join('\n');
}
