import type { CareRequestDetailsDto, FieldError } from '@lotse/shared/contracts';
import { ageInMonths, isEntitled, MAX_CARE_AGE_MONTHS, plusMonths, weeklyMinutes, type IsoDate } from '@lotse/shared/domain';
import { OfficeSettings } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';
import type { CareRequest } from '../care-request.entity';

/** How far ahead a start may be requested. */
const MAX_LEAD_MONTHS = 24;

const tenantDistricts = OfficeSettings.districts;

/**
 * The checks a DTO cannot make: dates against today and the child's birth, the office's districts,
 * the named childminder. Returns every problem at once (field paths as in the body).
 */
export async function checkRequestDetails(
  m: EntityManager,
  tenantId: string,
  dto: CareRequestDetailsDto,
  child: { dateOfBirth: string },
  today: IsoDate,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (dto.desiredStart < today) {
    errors.push({ field: 'desiredStart', message: 'Der gewünschte Beginn darf nicht in der Vergangenheit liegen.', code: 'notPast' });
  } else if (dto.desiredStart > plusMonths(today, MAX_LEAD_MONTHS)) {
    errors.push({
      field: 'desiredStart',
      message: 'Der gewünschte Beginn darf höchstens zwei Jahre in der Zukunft liegen.',
      code: 'tooFar',
    });
  } else if (dto.desiredStart < child.dateOfBirth) {
    errors.push({ field: 'desiredStart', message: 'Der gewünschte Beginn liegt vor der Geburt des Kindes.', code: 'beforeBirth' });
  } else if (ageInMonths(child.dateOfBirth, dto.desiredStart) >= MAX_CARE_AGE_MONTHS) {
    errors.push({ field: 'desiredStart', message: 'Kindertagespflege ist für Kinder unter 14 Jahren.', code: 'tooOld' });
  }
  const districts = await tenantDistricts(m, tenantId);
  if (!districts.includes(dto.district)) {
    errors.push({ field: 'district', message: `Bitte einen Stadtteil wählen: ${districts.join(', ')}.`, code: 'district' });
  }
  const preferred = dto.wishes.preferredChildminderId;
  if (preferred) {
    // The named childminder must be one of this office's (ids of other offices are not revealed).
    const found: unknown[] = await m.query(`SELECT 1 FROM childminder WHERE id = $1 AND tenant_id = $2`, [preferred, tenantId]);
    if (found.length === 0) {
      errors.push({ field: 'wishes.preferredChildminderId', message: 'Diese Tagespflegeperson ist hier nicht bekannt.', code: 'unknown' });
    }
  }
  return errors;
}

/** Writes the details of a (new or changed) request onto the row; derived values (age, entitlement, hours) with them. */
export function applyDetails(r: CareRequest, dto: CareRequestDetailsDto, dateOfBirth: string): void {
  r.desiredStart = dto.desiredStart;
  r.schedule = dto.schedule
    .map((t) => ({ weekday: t.weekday, from: t.from, to: t.to }))
    .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
  r.weeklyMinutes = weeklyMinutes(r.schedule);
  r.street = dto.address.street.trim();
  r.postcode = dto.address.postcode;
  r.city = dto.address.city.trim();
  r.district = dto.district;
  r.maxDistanceKm = dto.maxDistanceKm;
  r.needs = {
    specialNeeds: dto.needs.specialNeeds?.trim() || null,
    allergies: dto.needs.allergies?.trim() || null,
    animalAllergy: dto.needs.animalAllergy,
    nutrition: dto.needs.nutrition?.trim() || null,
    languages: [...new Set(dto.needs.languages.map((l) => l.trim()).filter(Boolean))],
  };
  r.wishes = {
    noSmokingHousehold: dto.wishes.noSmokingHousehold,
    petsOk: dto.wishes.petsOk,
    siblingsTogether: dto.wishes.siblingsTogether,
    preferredChildminderId: dto.wishes.preferredChildminderId ?? null,
  };
  r.notes = dto.notes?.trim() || null;
  r.ageAtStartMonths = ageInMonths(dateOfBirth, dto.desiredStart);
  r.entitled = isEntitled(dateOfBirth, dto.desiredStart);
}
