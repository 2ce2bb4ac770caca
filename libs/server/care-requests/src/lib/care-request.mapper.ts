import type { CareRequestDto } from '@lotse/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { CareRequest } from './care-request.entity';

interface Names {
  child: { firstName: string; lastName: string; dateOfBirth: string };
  parentName: string;
}

/** Child and parent names of the given requests, one query each. */
export async function loadNames(m: EntityManager, rows: readonly CareRequest[]): Promise<Map<string, Names>> {
  if (rows.length === 0) return new Map();
  const data: Array<{ id: string; first_name: string; last_name: string; date_of_birth: string; parent_name: string }> = await m.query(
    `SELECT r.id, c.first_name, c.last_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
            concat_ws(' ', u.first_name, u.last_name) AS parent_name
       FROM care_request r JOIN child c ON c.id = r.child_id JOIN app_user u ON u.id = r.parent_id
      WHERE r.id = ANY($1::uuid[])`,
    [rows.map((r) => r.id)],
  );
  return new Map(
    data.map((d) => [
      d.id,
      { child: { firstName: d.first_name, lastName: d.last_name, dateOfBirth: d.date_of_birth }, parentName: d.parent_name },
    ]),
  );
}

export function toCareRequestDto(r: CareRequest, names: Names | undefined): CareRequestDto {
  return {
    id: r.id,
    childId: r.childId,
    child: names?.child ?? { firstName: '', lastName: '', dateOfBirth: '' },
    parentId: r.parentId,
    parentName: names?.parentName ?? '',
    status: r.status,
    desiredStart: r.desiredStart,
    schedule: r.schedule,
    weeklyHours: Math.round((r.weeklyMinutes / 60) * 100) / 100,
    address: { street: r.street, postcode: r.postcode, city: r.city },
    district: r.district,
    maxDistanceKm: r.maxDistanceKm,
    needs: r.needs,
    wishes: r.wishes,
    notes: r.notes,
    ageAtStartMonths: r.ageAtStartMonths,
    entitled: r.entitled,
    submittedAt: r.submittedAt.toISOString(),
    enteredByStaff: r.enteredBy !== null,
    closedAt: r.closedAt?.toISOString() ?? null,
    closedReason: r.closedReason,
    version: r.version,
  };
}
