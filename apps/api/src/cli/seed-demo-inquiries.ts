import { KAMEN_TENANT } from '@lotse/server/core';
import { addWorkingDays, plusDays, startOfDayIn, todayIn } from '@lotse/shared/domain';
import type { DataSource } from 'typeorm';

const TZ = 'Europe/Berlin';

/**
 * Demo data of the Familienbüro's inquiries and rota (idempotent, plain SQL like the other demo
 * seeds): the staff's services (Petra Lindner: general, the two advisors: Kindertagespflege) and
 * two inquiries — one from the contact form today, one from the answering machine three working
 * days ago (overdue), so the queue and the weekly summary show something after `npm start`.
 */
export async function seedDemoInquiries(ds: DataSource, now: Date = new Date()): Promise<number> {
  return ds.transaction(async (m) => {
    const [tenant] = await m.query(`SELECT id, state FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
    if (!tenant) return 0;
    let created = 0;
    for (const [email, service] of [
      ['admin@kamen.example', 'allgemein'],
      ['beratung1@kamen.example', 'kindertagespflege'],
      ['beratung2@kamen.example', 'kindertagespflege'],
      ['team@kamen.example', 'erziehungsberatung'],
    ]) {
      const rows: unknown[] = await m.query(
        `INSERT INTO staff_service (user_id, tenant_id, service) SELECT id, tenant_id, $2 FROM app_user WHERE email = $1 ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
        [email, service],
      );
      created += rows.length;
    }
    if ((await m.query(`SELECT 1 FROM inquiry WHERE tenant_id = $1 LIMIT 1`, [tenant.id])).length) return created;
    const today = todayIn(TZ, now);
    const year = Number(today.slice(0, 4));
    // Three working days back: overdue under the default target of two.
    let back = today;
    while (addWorkingDays(back, 3, tenant.state) > today) back = plusDays(back, -1);
    const inquiries = [
      {
        channel: 'answering_machine',
        name: 'Frau Kaya',
        phone: '0176 5554443',
        email: null,
        service: 'gefluechtete',
        message: 'Bitte um Rückruf wegen eines Termins zur Beratung (Deutsch oder Türkisch).',
        on: back,
      },
      {
        channel: 'form',
        name: 'Familie Neumann',
        phone: null,
        email: 'neumann@example.org',
        service: 'kindertagespflege',
        message: 'Wir suchen ab Sommer eine Tagesmutter in Heeren-Werve. Wie läuft die Vermittlung?',
        on: today,
      },
    ];
    for (const [i, q] of inquiries.entries()) {
      const receivedAt = new Date(startOfDayIn(q.on, TZ).getTime() + 9 * 3_600_000);
      const dueOn = addWorkingDays(q.on, 2, tenant.state);
      const [{ id }] = await m.query(
        `INSERT INTO inquiry (tenant_id, reference, channel, name, email, phone, service, message, status, received_at, due_on, due_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'new',$9,$10,$11) RETURNING id`,
        [
          tenant.id,
          `${year}-${String(i + 1).padStart(4, '0')}`,
          q.channel,
          q.name,
          q.email,
          q.phone,
          q.service,
          q.message,
          receivedAt,
          dueOn,
          startOfDayIn(plusDays(dueOn, 1), TZ),
        ],
      );
      await m.query(`INSERT INTO inquiry_event (tenant_id, inquiry_id, kind, to_status, at) VALUES ($1, $2, 'created', 'new', $3)`, [
        tenant.id,
        id,
        receivedAt,
      ]);
      created++;
    }
    await m.query(
      `INSERT INTO inquiry_settings (tenant_id, number_year, last_number) VALUES ($1, $2, $3) ON CONFLICT (tenant_id) DO NOTHING`,
      [tenant.id, year, inquiries.length],
    );
    return created;
  });
}
