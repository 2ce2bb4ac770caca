import { KAMEN_TENANT } from '@lotse/server/core';
import { ageInMonths, isEntitled, plusDays, plusMonths, todayIn, type IsoDate } from '@lotse/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';

type Slot = { weekday: number; from: string; to: string };
const MON_FRI = (from: string, to: string): Slot[] => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from, to }));
const minutes = (s: Slot[]) => s.reduce((sum, t) => sum + (toMin(t.to) - toMin(t.from)), 0);
const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const firstOfMonth = (d: IsoDate) => `${d.slice(0, 7)}-01`;

const NEEDS = (o: Partial<{ allergies: string; languages: string[] }> = {}) =>
  JSON.stringify({
    specialNeeds: null,
    allergies: o.allergies ?? null,
    animalAllergy: false,
    nutrition: null,
    languages: o.languages ?? ['Deutsch'],
  });
const WISHES = JSON.stringify({ noSmokingHousehold: true, petsOk: true, siblingsTogether: false, preferredChildminderId: null });

/**
 * Demo matching data (idempotent, plain SQL like the other demo seeds): a vacancy for every active
 * childminder with an issued permit; Elif Yılmaz (eltern2) has an open request; Paul Schröder
 * (eltern3) is placed with Jürgen Weiß (tpp1) through an accepted proposal, so "Meine Kinder", the
 * week grid, "Betreuungsverhältnisse" and both queues show something after `npm start`.
 */
export async function seedDemoPlacements(ds: DataSource, now: Date = new Date()): Promise<number> {
  return ds.transaction(async (m) => {
    const [tenant] = await m.query(`SELECT id FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
    if (!tenant) return 0;
    const today = todayIn('Europe/Berlin', now);
    const [advisor] = await m.query(`SELECT id FROM app_user WHERE email = 'beratung1@kamen.example'`);
    let created = 0;

    const withPermit: Array<{ id: string; from: number | null; to: number | null; times: Slot[] }> = await m.query(
      `SELECT c.id, c.ages_from_months AS "from", c.ages_to_months AS "to", c.weekly_times AS times
         FROM childminder c
        WHERE c.tenant_id = $1 AND c.status = 'active'
          AND EXISTS (SELECT 1 FROM permit p WHERE p.childminder_id = c.id AND p.status = 'issued' AND p.valid_until >= $2)
          AND NOT EXISTS (SELECT 1 FROM vacancy v WHERE v.childminder_id = c.id)`,
      [tenant.id, today],
    );
    for (const cm of withPermit) {
      const schedule = cm.times?.length ? cm.times : MON_FRI('08:00', '13:00');
      await m.query(
        `INSERT INTO vacancy (tenant_id, childminder_id, from_date, schedule, ages_from_months, ages_to_months, places, note, confirmed_at)
         VALUES ($1,$2,$3,$4,$5,$6,2,$7,$8)`,
        [
          tenant.id,
          cm.id,
          firstOfMonth(plusMonths(today, 1)),
          JSON.stringify(schedule),
          cm.from ?? 6,
          cm.to ?? 36,
          'Zwei Plätze ab dem nächsten Monat, gern auch Geschwister.',
          now,
        ],
      );
      created++;
    }

    // An open request: Elif Yılmaz, from the first of the month after next, mornings.
    const elif = await childOf(m, 'eltern2@kamen.example', 'Elif');
    if (elif && !(await m.query(`SELECT 1 FROM care_request WHERE child_id = $1`, [elif.id])).length) {
      const start = firstOfMonth(plusMonths(today, 2));
      const schedule = MON_FRI('07:30', '12:30');
      await insertRequest(
        m,
        tenant.id,
        elif,
        'submitted',
        start,
        schedule,
        'Methler',
        'Kaiserauer Straße 30',
        NEEDS({ languages: ['Deutsch', 'Türkisch'], allergies: 'Erdnüsse' }),
        now,
        null,
      );
      created++;
    }

    // A placement: Paul Schröder with Jürgen Weiß since the first of the month two months ago.
    const paul = await childOf(m, 'eltern3@kamen.example', 'Paul');
    const [weiss] = await m.query(
      `SELECT id FROM childminder WHERE tenant_id = $1 AND lower(email) = 'tpp1@kamen.example' AND status = 'active'`,
      [tenant.id],
    );
    if (paul && weiss && !(await m.query(`SELECT 1 FROM placement WHERE child_id = $1`, [paul.id])).length) {
      const start = firstOfMonth(plusMonths(today, -2));
      const schedule = MON_FRI('08:00', '12:00');
      const requestId = await insertRequest(
        m,
        tenant.id,
        paul,
        'placed',
        start,
        schedule,
        'Mitte',
        'Bahnhofstraße 12',
        NEEDS(),
        new Date(`${plusMonths(start, -2)}T09:00:00Z`),
        advisor?.id ?? null,
      );
      const answeredAt = new Date(`${plusDays(start, -14)}T10:00:00Z`);
      const [proposal] = await m.query(
        `INSERT INTO proposal (tenant_id, care_request_id, childminder_id, status, start_on, schedule, settling_in_weeks, note, proposed_by,
                               parent_answer, parent_answered_at, childminder_answer, childminder_answered_at, created_at)
         VALUES ($1,$2,$3,'accepted',$4,$5,4,$6,$7,'accept',$8,'accept',$8,$9) RETURNING id`,
        [
          tenant.id,
          requestId,
          weiss.id,
          start,
          JSON.stringify(schedule),
          'Kennenlernen am Vormittag vereinbart.',
          advisor?.id ?? paul.parentId,
          answeredAt,
          new Date(`${plusDays(start, -21)}T10:00:00Z`),
        ],
      );
      const [placement] = await m.query(
        `INSERT INTO placement (tenant_id, child_id, childminder_id, care_request_id, proposal_id, start_on, settling_in_until, schedule, weekly_minutes, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
        [
          tenant.id,
          paul.id,
          weiss.id,
          requestId,
          proposal.id,
          start,
          plusDays(start, 28),
          JSON.stringify(schedule),
          minutes(schedule),
          advisor?.id ?? null,
        ],
      );
      await m.query(`UPDATE proposal SET placement_id = $1 WHERE id = $2`, [placement.id, proposal.id]);
      await m.query(
        `UPDATE child SET measles_proof = 'recorded', measles_proof_recorded_at = $1, measles_proof_recorded_by = $2 WHERE id = $3`,
        [answeredAt, advisor?.id ?? null, paul.id],
      );
      created++;
    }
    return created;
  });
}

interface DemoChild {
  id: string;
  parentId: string;
  dob: IsoDate;
}

async function childOf(m: EntityManager, parentEmail: string, firstName: string): Promise<DemoChild | null> {
  const [row] = await m.query(
    `SELECT k.id, k.parent_id AS "parentId", to_char(k.date_of_birth, 'YYYY-MM-DD') AS dob
       FROM child k JOIN app_user u ON u.id = k.parent_id WHERE u.email = $1 AND k.first_name = $2`,
    [parentEmail, firstName],
  );
  return row ?? null;
}

async function insertRequest(
  m: EntityManager,
  tenantId: string,
  child: DemoChild,
  status: 'submitted' | 'placed',
  start: IsoDate,
  schedule: Slot[],
  district: string,
  street: string,
  needs: string,
  submittedAt: Date,
  reviewedBy: string | null,
): Promise<string> {
  const [row] = await m.query(
    `INSERT INTO care_request (tenant_id, child_id, parent_id, status, desired_start, schedule, weekly_minutes, street, postcode, city, district,
                               max_distance_km, needs, wishes, notes, age_at_start_months, entitled, submitted_at, reviewed_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'59174','Kamen',$9,5,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
    [
      tenantId,
      child.id,
      child.parentId,
      status,
      start,
      JSON.stringify(schedule),
      minutes(schedule),
      street,
      district,
      needs,
      WISHES,
      status === 'submitted' ? 'Wir suchen eine Betreuung in der Nähe, gern mit Garten.' : null,
      ageInMonths(child.dob, start),
      isEntitled(child.dob, start),
      submittedAt,
      reviewedBy,
    ],
  );
  return row.id;
}
