import type { ChildminderDetailsDto, FieldError, UpdateChildminderProfileDto } from '@lotse/shared/contracts';
import { de } from '@lotse/shared/contracts';
import { plusMonths, type IsoDate } from '@lotse/shared/domain';
import { apiError, INVALID_INPUT } from '@lotse/server/core';
import { OfficeSettings } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';
import type { Childminder } from '../entities';

/** The tenant's districts (settings.districts): a file's district must be one of them. */
export function tenantDistricts(m: EntityManager, tenantId: string): Promise<string[]> {
  return OfficeSettings.districts(m, tenantId);
}

/** Checks that need the tenant or today's date (the DTO checks the shapes). Throws 400 with all field errors. */
export function checkIdentity(input: { dateOfBirth?: string; district?: string }, districts: string[], today: IsoDate): void {
  const errors: FieldError[] = [];
  if (input.dateOfBirth !== undefined) {
    if (input.dateOfBirth > today) errors.push({ field: 'dateOfBirth', message: de.dateNotFuture, code: 'notFuture' });
    else if (input.dateOfBirth > plusMonths(today, -18 * 12)) errors.push({ field: 'dateOfBirth', message: de.adult, code: 'adult' });
    else if (input.dateOfBirth < '1900-01-01') errors.push({ field: 'dateOfBirth', message: de.date, code: 'isDate' });
  }
  if (input.district !== undefined && !districts.includes(input.district.trim())) {
    errors.push({ field: 'district', message: de.district(districts), code: 'district' });
  }
  if (errors.length) throw apiError(400, INVALID_INPUT, errors);
}

const text = (v: string | null | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const names = (list: string[]) => [...new Set(list.map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean))];

type ProfileInput = ChildminderDetailsDto & Partial<Omit<UpdateChildminderProfileDto, 'version'>>;

/**
 * Applies the given fields to the entity (normalised: trimmed, empty → null, times sorted) and
 * returns the names of the fields that really changed (contract names, for timeline and audit).
 */
export function applyProfile(cm: Childminder, dto: ProfileInput): string[] {
  const changed: string[] = [];
  const set = (field: string, patch: Partial<Childminder>) => {
    const before = JSON.stringify(Object.keys(patch).map((k) => (cm as unknown as Record<string, unknown>)[k] ?? null));
    const after = JSON.stringify(Object.values(patch).map((v) => v ?? null));
    if (before !== after) {
      Object.assign(cm, patch);
      changed.push(field);
    }
  };
  if (dto.firstName !== undefined) set('firstName', { firstName: dto.firstName.trim() });
  if (dto.lastName !== undefined) set('lastName', { lastName: dto.lastName.trim() });
  if (dto.dateOfBirth !== undefined) set('dateOfBirth', { dateOfBirth: dto.dateOfBirth });
  if (dto.email !== undefined) set('email', { email: text(dto.email) });
  if (dto.phone !== undefined) set('phone', { phone: text(dto.phone) });
  if (dto.address) set('address', { street: dto.address.street.trim(), postcode: dto.address.postcode, city: dto.address.city.trim() });
  if (dto.district !== undefined) set('district', { district: dto.district.trim() });
  if (dto.careLocation) {
    const l = dto.careLocation;
    const own = l.type === 'own_home';
    set('careLocation', {
      careLocationType: l.type,
      careSiteName: l.type === 'large_day_care' ? text(l.siteName) : null,
      careStreet: own ? null : (l.address?.street.trim() ?? null),
      carePostcode: own ? null : (l.address?.postcode ?? null),
      careCity: own ? null : (l.address?.city.trim() ?? null),
    });
  }
  if (dto.languages !== undefined) set('languages', { languages: names(dto.languages) });
  if (dto.pets !== undefined) set('pets', { pets: text(dto.pets) });
  if (dto.smokingHousehold !== undefined) set('smokingHousehold', { smokingHousehold: dto.smokingHousehold });
  if (dto.nutrition !== undefined) set('nutrition', { nutrition: text(dto.nutrition) });
  if (dto.pedagogicalFocus !== undefined) set('pedagogicalFocus', { pedagogicalFocus: text(dto.pedagogicalFocus) });
  if (dto.agesAccepted !== undefined) {
    set('agesAccepted', { agesFromMonths: dto.agesAccepted?.fromMonths ?? null, agesToMonths: dto.agesAccepted?.toMonths ?? null });
  }
  if (dto.weeklyTimes !== undefined) {
    const times = dto.weeklyTimes
      .map((t) => ({ weekday: t.weekday, from: t.from, to: t.to }))
      .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
    set('weeklyTimes', { weeklyTimes: times });
  }
  if (dto.adultHouseholdMembers !== undefined) set('adultHouseholdMembers', { adultHouseholdMembers: names(dto.adultHouseholdMembers) });
  return changed;
}

/** Defaults of a new file before the given fields are applied. */
export function blankProfile(): Partial<Childminder> {
  return {
    careLocationType: 'own_home',
    careSiteName: null,
    careStreet: null,
    carePostcode: null,
    careCity: null,
    languages: [],
    pets: null,
    smokingHousehold: false,
    nutrition: null,
    pedagogicalFocus: null,
    agesFromMonths: null,
    agesToMonths: null,
    weeklyTimes: [],
    adultHouseholdMembers: [],
    email: null,
    phone: null,
    nextExpiryOn: null,
  };
}
