import type { PrivacyNoticeDto, TenantDto } from '@lotse/shared/contracts';
import { COMPLAINT_LDI_NRW, REGISTRATION_PRIVACY_TEXTS } from '@lotse/server/core';

const COMPLAINT_ELSEWHERE = 'Beschwerde bei der Datenschutz-Aufsichtsbehörde Ihres Bundeslandes (Art. 77 DSGVO).';

export interface PrivacyTenant {
  name: string;
  state: string;
  settings: { office?: Partial<TenantDto['office']>; privacy?: Partial<PrivacyNoticeDto> };
}

/**
 * The privacy notice for the registration of a prospective childminder (Art. 13 DSGVO). Purposes,
 * legal basis, retention and rights are the same for every youth welfare office under SGB VIII
 * (texts in server/core `seed/privacy-texts.ts`, shared with the demo seed); controller and data
 * protection officer are the office's own. A tenant's `settings.privacy` overrides field by field.
 */

/** The tenant's privacy notice in force: its `settings.privacy`, gaps filled from the office data and the texts above. */
export function privacyNoticeFor(tenant: PrivacyTenant): PrivacyNoticeDto {
  const office = tenant.settings.office ?? {};
  const address = [office.street, [office.postcode, office.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const defaults: PrivacyNoticeDto = {
    controller: [tenant.name, office.name, address].filter(Boolean).join(', '),
    dataProtectionOfficer: office.email
      ? `Die oder der behördliche Datenschutzbeauftragte der ${tenant.name}, erreichbar über ${office.email}.`
      : `Die oder der behördliche Datenschutzbeauftragte der ${tenant.name}.`,
    ...REGISTRATION_PRIVACY_TEXTS,
    rights: [...REGISTRATION_PRIVACY_TEXTS.rights, tenant.state === 'NW' ? COMPLAINT_LDI_NRW : COMPLAINT_ELSEWHERE],
  };
  const stored = tenant.settings.privacy ?? {};
  // Only non-empty stored values replace a default: a half-filled setting never blanks the notice.
  const pick = <K extends keyof PrivacyNoticeDto>(key: K): PrivacyNoticeDto[K] => {
    const value = stored[key];
    const present = Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
    return (present ? value : defaults[key]) as PrivacyNoticeDto[K];
  };
  return {
    controller: pick('controller'),
    dataProtectionOfficer: pick('dataProtectionOfficer'),
    purposes: pick('purposes'),
    legalBasis: pick('legalBasis'),
    retention: pick('retention'),
    rights: pick('rights'),
  };
}
