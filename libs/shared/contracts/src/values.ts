/**
 * `@lotse/shared/contracts/values`: the contracts' plain values (enums, patterns, limits) without
 * the DTO classes. The index also exports the DTOs, whose class-validator decorators are side
 * effects a bundler must keep; the web client imports values from here so its bundle stays free
 * of class-validator. Only files without decorators may be exported here.
 */
export * from './lib/roles';
export * from './lib/password-rules';
export * from './lib/audit-values';
export * from './lib/childminder-values';
export * from './lib/permit-values';
export * from './lib/permit-settings-limits';
export { PHONE_PATTERN, POSTCODE_PATTERN } from './lib/messages';
export * from './lib/care-values';
export { isApiError, toApiError, type ApiError, type FieldError } from './lib/errors';
export * from './lib/inquiry-values';
export * from './lib/appointment-values';
export * from './lib/referral-values';
export * from './lib/office-values';
export { TENANT_SLUG_PATTERN } from './lib/public-office.dto';
