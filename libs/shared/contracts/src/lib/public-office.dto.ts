import type { TenantDto } from './tenant.dto';

/**
 * A tenant's slug: lower-case letters, digits and hyphens (Stadt Kamen: `kamen`). Shared by the
 * registration body, the public office route and the `PUBLIC_TENANT_SLUG` setting.
 */
export const TENANT_SLUG_PATTERN = /^[a-z0-9-]{1,60}$/;

/**
 * The privacy notice a prospective childminder reads before registering (Art. 13 DSGVO), per
 * tenant in `settings.privacy`. Office-provided German texts: the UI shows them as they are.
 */
export interface PrivacyNoticeDto {
  /** The controller (Verantwortlicher): the office with its address. */
  controller: string;
  /** How to reach the data protection officer. */
  dataProtectionOfficer: string;
  /** What the data are used for, one purpose a line. */
  purposes: string[];
  /** Legal basis of the processing. */
  legalBasis: string;
  /** How long the data are kept. */
  retention: string;
  /** The data subject's rights, one a line (incl. the complaint to the supervisory authority). */
  rights: string[];
}

/**
 * What anyone may read about an office without signing in (GET /api/public/office,
 * /api/public/offices/:slug): the data on its letterhead and website anyway. No users, no ids.
 */
export interface PublicOfficeDto {
  slug: string;
  /** The authority, e.g. "Stadt Kamen". */
  name: string;
  /** The service within it, e.g. "Familienbüro – Fachberatung Kindertagespflege". */
  department: string;
  office: TenantDto['office'];
  districts: string[];
  privacy: PrivacyNoticeDto;
}
