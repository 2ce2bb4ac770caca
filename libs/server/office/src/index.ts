export * from './lib/office.module';
export * from './lib/entities/tenant.entity';
export { OfficeSettings, permitOf, type OfficeRow } from './lib/settings/office-settings';
export {
  CapacitySettingsSection,
  EMPTY_OFFICE,
  sectionProblems,
  TenantSettingsSchema,
  validateTenantSettings,
  withDefaults,
  type MatchingSettingsSection,
  type OfficeContact,
  type TenantSettings,
  type TenantSettingsSection,
} from './lib/settings/tenant-settings.schema';
export { DEFAULT_PERMIT_TEXTS, type PermitTexts } from './lib/settings/permit-text-defaults';
export { mailFooter, type Office } from './lib/settings/office-footer';
export { privacyNoticeFor, type PrivacyTenant } from './lib/settings/privacy-notice';
export { toPublicOfficeDto } from './lib/public-office/public-office';
export { createTenant, listOffices } from './lib/onboarding/create-tenant';
