import {
  GazetteerGeocoder,
  INSTANCE_FORMAT,
  type Geocoder,
  type Childminder as MChildminder,
  type CareRequest as MRequest,
  type Instance,
  type ScheduleEntry,
  type Site,
} from '@lotse/matching';
import type { WeeklyTimeView } from '@lotse/shared/contracts';
import type { PermitPeriod } from '@lotse/shared/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { officeCapacitySettings } from '../capacity/capacity-facts';
import { officeTieBreak } from './matching-settings';
import { permitCoveredUntil } from '../placement-rules';

/** Units of a complete qualification (KiBiz §21): before, a childminder takes one child. */
const QUALIFICATION_COMPLETE_UNITS = 300;
const gazetteer = new GazetteerGeocoder();

/** The matching format counts weekdays 0 = Monday; Lotse stores ISO weekdays 1 = Monday. */
export const toEntries = (times: readonly WeeklyTimeView[]): ScheduleEntry[] =>
  times.map((t) => ({ day: t.weekday - 1, from: t.from, to: t.to }));
export const fromEntries = (entries: readonly ScheduleEntry[]): WeeklyTimeView[] =>
  entries.map((e) => ({ weekday: e.day + 1, from: e.from, to: e.to }));

/** The seeded lottery number of a request (the documented last tie-break): stable for one seed. */
export function lottery(seed: number, requestId: string): number {
  const h = createHash('sha256').update(`${seed}:${requestId}`).digest();
  return h.readUInt32BE(0) / 2 ** 32;
}

export interface BuiltInstance {
  instance: Instance;
  /** Requests and childminders left out, with the reason (no coordinates, …). */
  skipped: Array<{ kind: 'request' | 'childminder'; id: string; reason: string }>;
}

interface CmRow {
  id: string;
  languages: string[];
  pets: string | null;
  smoking_household: boolean;
  street: string;
  postcode: string;
  city: string;
  district: string;
  care_location_type: string;
  care_street: string | null;
  care_postcode: string | null;
  care_city: string | null;
  nutrition: string | null;
}

/**
 * The office's matching instance (format `lotse-matching/1`, `../shared/docs/matching-format.md`)
 * from the database: active childminders with a visible vacancy (offered times, ages and date from
 * their vacancies; limits from permit, office settings and qualification; running and future
 * placements) and the open requests (submitted or in review; `requestIds` narrows them). Addresses
 * are placed by `geocoder` (default: the built-in gazetteer of Kamen and Kreis Unna; the services pass
 * MatchingGeocoder, chosen by GEOCODER).
 */
export async function buildInstance(
  m: EntityManager,
  tenantId: string,
  today: string,
  seed: number,
  requestIds?: readonly string[],
  includeProposed = false,
  now: Date = new Date(),
  geocoder: Geocoder = gazetteer,
): Promise<BuiltInstance> {
  // Vacancies unconfirmed for 40 days are hidden (by the office's clock, as everywhere).
  const visibleSince = new Date(now.getTime() - 40 * 86_400_000);
  const settings = await officeCapacitySettings(m, tenantId);
  const tieBreak = await officeTieBreak(m, tenantId);
  const skipped: BuiltInstance['skipped'] = [];
  const cms: CmRow[] = await m.query(
    `SELECT id, languages, pets, smoking_household, street, postcode, city, district, care_location_type, care_street, care_postcode, care_city, nutrition
       FROM childminder c
      WHERE tenant_id = $1 AND status = 'active'
        AND EXISTS (SELECT 1 FROM vacancy v WHERE v.childminder_id = c.id AND v.withdrawn_at IS NULL AND v.confirmed_at > $2)
      ORDER BY id`,
    [tenantId, visibleSince],
  );
  const ids = cms.map((c) => c.id);
  const vacancies: Array<{
    childminder_id: string;
    from_date: string;
    schedule: WeeklyTimeView[];
    ages_from_months: number;
    ages_to_months: number;
  }> = await m.query(
    `SELECT childminder_id, to_char(from_date, 'YYYY-MM-DD') AS from_date, schedule, ages_from_months, ages_to_months
       FROM vacancy WHERE childminder_id = ANY($1::uuid[]) AND withdrawn_at IS NULL AND confirmed_at > $2`,
    [ids, visibleSince],
  );
  const permits: Array<{
    childminder_id: string;
    valid_from: string;
    valid_until: string;
    max_children: number;
    status: string;
    revoked_on: string | null;
    care_location: { kind: string; siteName: string | null; street: string; postcode: string };
  }> = await m.query(
    `SELECT childminder_id, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, max_children, status,
              to_char(revoked_on, 'YYYY-MM-DD') AS revoked_on, care_location
         FROM permit WHERE childminder_id = ANY($1::uuid[]) AND status IN ('issued', 'revoked') ORDER BY valid_from`,
    [ids],
  );
  const placements: Array<{ id: string; childminder_id: string; start_on: string; end_on: string | null; schedule: WeeklyTimeView[] }> =
    await m.query(
      `SELECT id, childminder_id, to_char(start_on, 'YYYY-MM-DD') AS start_on, to_char(end_on, 'YYYY-MM-DD') AS end_on, schedule
       FROM placement WHERE childminder_id = ANY($1::uuid[]) AND (end_on IS NULL OR end_on >= $2)`,
      [ids, today],
    );
  const quals: Array<{ childminder_id: string; units: number | null }> = await m.query(
    `SELECT childminder_id, units FROM evidence_item WHERE childminder_id = ANY($1::uuid[]) AND type = 'qualification_course' AND current AND acceptable`,
    [ids],
  );
  const by = <T extends { childminder_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.childminder_id, [...(map.get(r.childminder_id) ?? []), r]);
    return map;
  };
  const vacBy = by(vacancies);
  const permitBy = by(permits);
  const placeBy = by(placements);
  const qualBy = new Map(quals.map((q) => [q.childminder_id, q.units ?? 0]));
  const sites = new Map<string, Site>();
  const childminders: MChildminder[] = [];
  for (const c of cms) {
    const vacs = vacBy.get(c.id) ?? [];
    const ps = permitBy.get(c.id) ?? [];
    const periods: PermitPeriod[] = ps
      .filter((p) => p.status === 'issued' || p.revoked_on)
      .map((p) => ({
        validFrom: p.valid_from,
        validUntil: p.status === 'revoked' ? dayBefore(p.revoked_on!) : p.valid_until,
        maxChildren: p.max_children,
      }));
    const availableFrom = vacs.map((v) => v.from_date).sort()[0] ?? today;
    const from = availableFrom < today ? today : availableFrom;
    const validUntil = permitCoveredUntil(periods, from);
    const current = [...ps].reverse().find((p) => p.status === 'issued' && p.valid_from <= from && p.valid_until >= from);
    if (!validUntil || !current) {
      skipped.push({ kind: 'childminder', id: c.id, reason: 'keine gültige Pflegeerlaubnis ab dem freien Platz' });
      continue;
    }
    const care =
      c.care_location_type === 'own_home' || !c.care_street
        ? { street: c.street, postcode: c.postcode, town: c.city }
        : { street: c.care_street, postcode: c.care_postcode ?? '', town: c.care_city ?? '' };
    const point = await geocoder.geocode({ ...care, district: c.district });
    if (!point) {
      skipped.push({ kind: 'childminder', id: c.id, reason: 'Adresse nicht im Ortsverzeichnis' });
      continue;
    }
    let siteId: string | null = null;
    if (current.care_location.kind === 'large_day_care') {
      const loc = current.care_location;
      siteId = loc.siteName?.trim()
        ? `name:${loc.siteName.trim().toLowerCase()}`
        : `addr:${loc.postcode}:${loc.street.trim().toLowerCase()}`;
      sites.set(siteId, { id: siteId, maxPresent: settings.siteMaxPresent, maxChildminders: settings.siteMaxChildminders });
    }
    const offered = new Map<string, ScheduleEntry>();
    for (const v of vacs) for (const e of toEntries(v.schedule)) offered.set(`${e.day}|${e.from}|${e.to}`, e);
    childminders.push({
      id: c.id,
      lat: point.lat,
      lon: point.lon,
      maxPresent: current.max_children,
      maxContracts: (qualBy.get(c.id) ?? 0) >= QUALIFICATION_COMPLETE_UNITS ? settings.maxContracts : 1,
      siteId,
      minAgeMonths: Math.min(...vacs.map((v) => v.ages_from_months)),
      maxAgeMonths: Math.max(...vacs.map((v) => v.ages_to_months)),
      availableFrom: from,
      permitValidUntil: validUntil,
      offered: mergeEntries([...offered.values()]),
      pets: !!c.pets?.trim() && !/^(keine?|nein|-)$/i.test(c.pets.trim()),
      smoking: c.smoking_household,
      languages: c.languages,
      placements: (placeBy.get(c.id) ?? []).map((p) => ({ id: p.id, from: p.start_on, until: p.end_on, schedule: toEntries(p.schedule) })),
    });
  }

  const reqRows: Array<{
    id: string;
    parent_id: string;
    dob: string;
    desired_start: string;
    entitled: boolean;
    submitted_at: Date;
    street: string;
    postcode: string;
    city: string;
    district: string;
    max_distance_km: number;
    schedule: WeeklyTimeView[];
    needs: { animalAllergy: boolean; languages: string[] };
    wishes: { noSmokingHousehold: boolean; petsOk: boolean; siblingsTogether: boolean };
  }> = await m.query(
    `SELECT r.id, r.parent_id, to_char(c.date_of_birth, 'YYYY-MM-DD') AS dob, to_char(r.desired_start, 'YYYY-MM-DD') AS desired_start, r.entitled, r.submitted_at,
            r.street, r.postcode, r.city, r.district, r.max_distance_km, r.schedule, r.needs, r.wishes
       FROM care_request r JOIN child c ON c.id = r.child_id
      WHERE r.tenant_id = $1 AND r.status IN ('submitted', 'in_review'${includeProposed ? ", 'proposal'" : ''}) ${requestIds ? 'AND r.id = ANY($2::uuid[])' : ''}
      ORDER BY r.id`,
    requestIds ? [tenantId, requestIds] : [tenantId],
  );
  const siblings = new Map<string, number>();
  for (const r of reqRows) if (r.wishes.siblingsTogether) siblings.set(r.parent_id, (siblings.get(r.parent_id) ?? 0) + 1);
  const requests: MRequest[] = [];
  for (const r of reqRows) {
    const point = await geocoder.geocode({ street: r.street, postcode: r.postcode, town: r.city, district: r.district });
    if (!point) {
      skipped.push({ kind: 'request', id: r.id, reason: 'Adresse nicht im Ortsverzeichnis' });
      continue;
    }
    requests.push({
      id: r.id,
      birthDate: r.dob,
      start: r.desired_start < today ? today : r.desired_start,
      entitled: r.entitled,
      requestedAt: r.submitted_at.toISOString(),
      // The office's last tie-break: the seeded lottery, or the older child first (earlier birth, smaller number).
      tieBreak: tieBreak === 'olderFirst' ? birthOrder(r.dob) : lottery(seed, r.id),
      lat: point.lat,
      lon: point.lon,
      maxDistanceKm: r.max_distance_km,
      schedule: toEntries(r.schedule),
      // "No pets" is the same hard exclusion as an animal allergy.
      animalAllergy: r.needs.animalAllergy || !r.wishes.petsOk,
      noSmoking: r.wishes.noSmokingHousehold,
      languages: r.needs.languages,
      siblingGroup: r.wishes.siblingsTogether && (siblings.get(r.parent_id) ?? 0) > 1 ? r.parent_id : null,
    });
  }
  const starts = requests.map((r) => r.start).sort();
  return {
    instance: {
      format: INSTANCE_FORMAT,
      careYearStart: starts[0] ?? today,
      slotMinutes: 15,
      sites: [...sites.values()],
      childminders,
      requests,
    },
    skipped,
  };
}

/** A number in [0, 1) that grows with the date of birth (days since 1900 / 10^5). */
function birthOrder(dob: string): number {
  return (Date.parse(`${dob}T00:00:00Z`) - Date.UTC(1900, 0, 1)) / 86_400_000 / 100_000;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Offered times as disjoint ranges per day (vacancies may overlap each other). */
function mergeEntries(entries: ScheduleEntry[]): ScheduleEntry[] {
  const min = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const hhmm = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
  const out: ScheduleEntry[] = [];
  for (let day = 0; day < 7; day++) {
    const ranges = entries
      .filter((e) => e.day === day)
      .map((e) => [min(e.from), min(e.to)] as [number, number])
      .sort((a, b) => a[0] - b[0]);
    let cur: [number, number] | null = null;
    for (const r of ranges) {
      if (cur && r[0] <= cur[1]) cur[1] = Math.max(cur[1], r[1]);
      else {
        if (cur) out.push({ day, from: hhmm(cur[0]), to: hhmm(cur[1]) });
        cur = [...r];
      }
    }
    if (cur) out.push({ day, from: hhmm(cur[0]), to: hhmm(cur[1]) });
  }
  return out;
}
