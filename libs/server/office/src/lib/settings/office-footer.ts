import type { OfficeContact } from './tenant-settings.schema';

export type Office = OfficeContact;

/** The closing of every mail: greeting and the office's contact data (German; English for the English part of a mail). */
export function mailFooter(office: Office | null, locale: 'de' | 'en' = 'de'): string {
  const greeting = locale === 'en' ? 'Kind regards' : 'Mit freundlichen Grüßen';
  if (!office) return `${greeting}\n${locale === 'en' ? 'Your childminding advisory service' : 'Ihre Fachberatung Kindertagespflege'}`;
  return [
    greeting,
    office.name,
    `${office.street}, ${office.postcode} ${office.city}`,
    `${locale === 'en' ? 'Phone' : 'Telefon'} ${office.phone} · ${office.email}`,
  ].join('\n');
}
