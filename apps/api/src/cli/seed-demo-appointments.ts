import { seriesSlots } from '@lotse/server/appointments';
import { KAMEN_TENANT } from '@lotse/server/core';
import { plusDays, todayIn } from '@lotse/shared/domain';
import type { DataSource } from 'typeorm';

/**
 * Demo appointments (idempotent): the demo advisors offer Tuesday and Thursday mornings (09:00–11:00
 * in 30-minute slots) for the next three weeks; Eltern 1 has booked the first one, so the public
 * page `/termine` and the advisors' day list show something after `npm start`.
 */
export async function seedDemoAppointments(ds: DataSource, now: Date = new Date()): Promise<number> {
  return ds.transaction(async (m) => {
    const [tenant] = await m.query(`SELECT id FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
    if (!tenant) return 0;
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM appointment_slot WHERE tenant_id = $1`, [tenant.id]);
    if (n > 0) return 0;
    const advisors: Array<{ id: string }> = await m.query(
      `SELECT id FROM app_user WHERE tenant_id = $1 AND role = 'advisor' AND active ORDER BY email LIMIT 2`,
      [tenant.id],
    );
    const today = todayIn('Europe/Berlin', now);
    let created = 0;
    for (const [i, a] of advisors.entries()) {
      const spans = seriesSlots(
        {
          fromDate: plusDays(today, 1),
          toDate: plusDays(today, 21),
          weekdays: i === 0 ? [2, 4] : [1, 3],
          from: '09:00',
          to: '11:00',
          durationMinutes: 30,
        },
        'Europe/Berlin',
      );
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO appointment_slot (tenant_id, advisor_id, starts_at, ends_at, location)
         SELECT $1, $2, t.s, t.e, 'Alte Villa, Beratungsraum' FROM unnest($3::timestamptz[], $4::timestamptz[]) AS t(s, e) RETURNING id`,
        [tenant.id, a.id, spans.map((s) => s.startsAt), spans.map((s) => s.endsAt)],
      );
      created += rows.length;
      const [parent] = await m.query(`SELECT id, first_name, last_name, email FROM app_user WHERE email = 'eltern1@kamen.example'`);
      if (i === 0 && parent && rows[0]) {
        await m.query(
          `INSERT INTO appointment_booking (tenant_id, slot_id, user_id, name, email, booker_role, topic, topic_text, status, confirmed_at)
           VALUES ($1, $2, $3, $4, $5, 'parent', 'care-search', 'Betreuung ab dem Sommer', 'confirmed', now())`,
          [tenant.id, rows[0].id, parent.id, `${parent.first_name} ${parent.last_name}`, parent.email],
        );
      }
    }
    return created;
  });
}
