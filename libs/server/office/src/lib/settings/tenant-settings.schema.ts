import { plainToInstance, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import {
  de,
  Districts,
  MATCHING_TIE_BREAKS,
  OfficeContactDto,
  PermitRulesDto,
  PermitTextsDto,
  PrivacyNoticeSettingsDto,
  type FieldError,
  type MatchingTieBreak,
  type PrivacyNoticeDto,
  type TenantDto,
} from '@lotse/shared/contracts';
import {
  CAPACITY_LEGAL_MAXIMA,
  DEFAULT_CAPACITY_SETTINGS,
  DEFAULT_PERMIT_SETTINGS,
  type CapacityOfficeSettings,
  type PermitSettings,
} from '@lotse/shared/domain';
import { flattenValidationErrors } from '@lotse/server/core';
import { DEFAULT_PERMIT_TEXTS, type PermitTexts } from './permit-text-defaults';

/**
 * THE schema of `tenant.settings` (jsonb): one section per concern, each owned by one page.
 *
 * | section       | owner (writes)                                   | readers                                      |
 * |---------------|--------------------------------------------------|----------------------------------------------|
 * | `office`      | "Amtsdaten" (PUT /api/admin/office)              | mail footers, letters, public page, privacy  |
 * | `districts`   | "Amtsdaten"                                      | childminder files, care requests, public page|
 * | `privacy`     | "Amtsdaten"                                      | public page (registration)                   |
 * | `permit`      | permit settings page (server/permits)            | permit decisions, reminders                  |
 * | `permitTexts` | permit settings page                             | permit letters, public page (department)     |
 * | `capacity`    | capacity settings (server/placements)            | capacity checks                              |
 * | `matching`    | matching settings (server/placements)            | matching runs                                |
 *
 * Stored JSON stays as it was (no migration): older rows may lack a section or hold part of one;
 * the readers fill the defaults. Nothing outside this library reads the column itself.
 */
export interface TenantSettings {
  office: OfficeContact;
  districts: string[];
  /** As stored: empty texts fall back to the defaults (see `privacyNoticeFor`). */
  privacy: PrivacyNoticeDto;
  permit: PermitSettings;
  permitTexts: PermitTexts;
  capacity: CapacityOfficeSettings;
  matching: MatchingSettingsSection;
}

export type OfficeContact = TenantDto['office'];
export interface MatchingSettingsSection {
  tieBreak: MatchingTieBreak;
}
export type TenantSettingsSection = keyof TenantSettings;

/** `settings.capacity`: within the legal maxima of NRW (KiBiz §22). */
export class CapacitySettingsSection implements CapacityOfficeSettings {
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(CAPACITY_LEGAL_MAXIMA.maxPresent, { message: de.max(CAPACITY_LEGAL_MAXIMA.maxPresent) })
  maxPresent!: number;

  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(CAPACITY_LEGAL_MAXIMA.maxContracts, { message: de.max(CAPACITY_LEGAL_MAXIMA.maxContracts) })
  maxContracts!: number;

  @IsBoolean({ message: de.boolean })
  ownChildrenCount!: boolean;

  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(CAPACITY_LEGAL_MAXIMA.siteMaxPresent, { message: de.max(CAPACITY_LEGAL_MAXIMA.siteMaxPresent) })
  siteMaxPresent!: number;

  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(CAPACITY_LEGAL_MAXIMA.siteMaxChildminders, { message: de.max(CAPACITY_LEGAL_MAXIMA.siteMaxChildminders) })
  siteMaxChildminders!: number;

  @ValidateIf((_o, v) => v !== null)
  @IsInt({ message: de.nullableInt })
  @Min(1, { message: de.min(1) })
  @Max(CAPACITY_LEGAL_MAXIMA.siteMaxContracts, { message: de.max(CAPACITY_LEGAL_MAXIMA.siteMaxContracts) })
  siteMaxContracts!: number | null;
}

/** `settings.matching`: the office's tie-break after entitlement and request date. */
export class MatchingSettingsSectionDto implements MatchingSettingsSection {
  @IsIn(MATCHING_TIE_BREAKS, { message: de.oneOf(MATCHING_TIE_BREAKS) })
  tieBreak!: MatchingTieBreak;
}

/** The whole settings object, every section required (after the defaults are filled in). */
export class TenantSettingsSchema implements TenantSettings {
  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => OfficeContactDto)
  office!: OfficeContactDto;

  @Districts()
  districts!: string[];

  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => PrivacyNoticeSettingsDto)
  privacy!: PrivacyNoticeSettingsDto;

  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => PermitRulesDto)
  permit!: PermitRulesDto;

  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => PermitTextsDto)
  permitTexts!: PermitTextsDto;

  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => CapacitySettingsSection)
  capacity!: CapacitySettingsSection;

  @IsOptional()
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => MatchingSettingsSectionDto)
  matching!: MatchingSettingsSectionDto;
}

export const EMPTY_OFFICE: OfficeContact = {
  name: '',
  street: '',
  postcode: '',
  city: '',
  phone: '',
  email: '',
  openingHours: [],
  byAppointmentNote: '',
};
export const EMPTY_PRIVACY: PrivacyNoticeDto = {
  controller: '',
  dataProtectionOfficer: '',
  purposes: [],
  legalBasis: '',
  retention: '',
  rights: [],
};
export const DEFAULT_MATCHING: MatchingSettingsSection = { tieBreak: 'lottery' };

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
/** Only the keys a section knows, so a stray stored key never travels further. */
const pick = <T extends object>(defaults: T, stored: unknown): T => {
  const s = obj(stored);
  const out = { ...defaults } as Record<string, unknown>;
  for (const k of Object.keys(defaults)) if (s[k] !== undefined) out[k] = s[k];
  return out as T;
};

/** Stored settings (any age, possibly partial) with every section's defaults filled in; not yet validated. */
export function withDefaults(stored: unknown): TenantSettings {
  const s = obj(stored);
  const office = pick(EMPTY_OFFICE, s['office']);
  const access = obj(s['office'])['accessNote'];
  if (typeof access === 'string' && access !== '') office.accessNote = access;
  return {
    office,
    districts: Array.isArray(s['districts']) ? (s['districts'] as string[]) : [],
    privacy: pick(EMPTY_PRIVACY, s['privacy']),
    permit: pick(DEFAULT_PERMIT_SETTINGS, s['permit']),
    permitTexts: pick(DEFAULT_PERMIT_TEXTS, s['permitTexts']),
    capacity: pick(DEFAULT_CAPACITY_SETTINGS as CapacityOfficeSettings, s['capacity']),
    matching: pick(DEFAULT_MATCHING, s['matching']),
  };
}

/** Every problem of a (defaults-filled) settings object, as field errors (`office.postcode`, `capacity.maxPresent`). */
export function validateTenantSettings(settings: TenantSettings): FieldError[] {
  const instance = plainToInstance(TenantSettingsSchema, settings);
  return flattenValidationErrors(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }));
}

class DistrictsSection {
  @Districts()
  districts!: string[];
}

const SECTION_CLASSES = {
  office: OfficeContactDto,
  privacy: PrivacyNoticeSettingsDto,
  permit: PermitRulesDto,
  permitTexts: PermitTextsDto,
  capacity: CapacitySettingsSection,
  matching: MatchingSettingsSectionDto,
} as const;

/**
 * One section's problems (`capacity.maxPresent`, …), checked alone: readers call this on every
 * read, so it validates only what they return. A reader falls back to that section's defaults,
 * so a bad stored value never widens a limit.
 */
export function sectionProblems(settings: TenantSettings, section: TenantSettingsSection): FieldError[] {
  const opts = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };
  if (section === 'districts')
    return flattenValidationErrors(validateSync(plainToInstance(DistrictsSection, { districts: settings.districts }), opts));
  const value = settings[section];
  if (!value || typeof value !== 'object') return [{ field: section, code: 'isObject', message: de.object }];
  return flattenValidationErrors(validateSync(plainToInstance(SECTION_CLASSES[section] as new () => object, value), opts), section);
}
