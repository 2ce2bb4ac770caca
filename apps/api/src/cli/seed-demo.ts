import { hashPassword } from '@lotse/server/auth';
import { KAMEN_TENANT } from '@lotse/server/core';
import type { Role } from '@lotse/shared/contracts';
import type { DataSource } from 'typeorm';
import { seedDemoChildminders } from './seed-demo-childminders';
import { seedDemoPermits } from './seed-demo-permits';
import { seedDemoPlacements } from './seed-demo-placements';
import { seedDemoInquiries } from './seed-demo-inquiries';
import { seedDemoAppointments } from './seed-demo-appointments';
import { seedDemoReferrals } from './seed-demo-referrals';

export const DEMO_PASSWORD = 'Lotse-Demo-2026';

export const DEMO_USERS: Array<{ email: string; firstName: string; lastName: string; role: Role; phone?: string }> = [
  { email: 'admin@kamen.example', firstName: 'Petra', lastName: 'Lindner', role: 'admin' },
  { email: 'beratung1@kamen.example', firstName: 'Sabine', lastName: 'Krüger', role: 'advisor', phone: '02307 148-210' },
  { email: 'beratung2@kamen.example', firstName: 'Thomas', lastName: 'Özdemir', role: 'advisor', phone: '02307 148-211' },
  // Erziehungsberatung in the same house: inquiries, rota and referral guide, no childminder or child files.
  { email: 'team@kamen.example', firstName: 'Miriam', lastName: 'Kaya', role: 'staff', phone: '02307 148-220' },
  { email: 'tpp1@kamen.example', firstName: 'Jürgen', lastName: 'Weiß', role: 'childminder', phone: '0171 2345678' },
  { email: 'tpp2@kamen.example', firstName: 'Ayşe', lastName: 'Demir', role: 'childminder', phone: '0172 3456789' },
  { email: 'tpp3@kamen.example', firstName: 'Monika', lastName: 'Schäfer', role: 'childminder', phone: '02307 55123' },
  { email: 'tpp4@kamen.example', firstName: 'Katrin', lastName: 'Hoffmann', role: 'childminder', phone: '02307 66234' },
  { email: 'eltern1@kamen.example', firstName: 'Julia', lastName: 'Becker', role: 'parent', phone: '0151 1112223' },
  { email: 'eltern2@kamen.example', firstName: 'Mehmet', lastName: 'Yılmaz', role: 'parent', phone: '0152 2223334' },
  { email: 'eltern3@kamen.example', firstName: 'Anna', lastName: 'Schröder', role: 'parent' },
  { email: 'eltern4@kamen.example', firstName: 'Lukas', lastName: 'Wagner', role: 'parent' },
];

const DEMO_CHILDREN: Record<string, Array<[string, string, string]>> = {
  'eltern1@kamen.example': [['Mia', 'Becker', '2025-03-14']],
  'eltern2@kamen.example': [
    ['Elif', 'Yılmaz', '2024-11-02'],
    ['Emir', 'Yılmaz', '2026-01-20'],
  ],
  'eltern3@kamen.example': [['Paul', 'Schröder', '2025-08-09']],
};

/** Demo data for `npm start`: idempotent, so a second start keeps (and does not duplicate) data. */
export async function seedDemo(ds: DataSource): Promise<{ created: boolean }> {
  const result = await seedOffice(ds);
  await seedOperator(ds);
  // Idempotent on its own, so offices seeded before issue 3 get the childminders' files too.
  await seedDemoChildminders(ds);
  await seedDemoPermits(ds);
  await seedDemoPlacements(ds);
  await seedDemoInquiries(ds);
  await seedDemoAppointments(ds);
  await seedDemoReferrals(ds);
  return result;
}

/**
 * The installation's operator (queue dashboard, no office data). `app_user` needs a tenant: she
 * hangs under the demo office, which gives her no access (every office route names its roles).
 * Separate and idempotent, so installations seeded before the role existed get her too.
 */
export const DEMO_OPERATOR = { email: 'operator@lotse.example', firstName: 'Olaf', lastName: 'Betrieb' };

async function seedOperator(ds: DataSource): Promise<void> {
  const [tenant] = await ds.query(`SELECT id FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
  if (!tenant) return;
  const exists = await ds.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [DEMO_OPERATOR.email]);
  if (exists.length) return;
  await ds.query(
    `INSERT INTO app_user (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, $2, $3, $4, $5, 'operator')
     ON CONFLICT DO NOTHING`,
    [tenant.id, DEMO_OPERATOR.email, await hashPassword(DEMO_PASSWORD), DEMO_OPERATOR.firstName, DEMO_OPERATOR.lastName],
  );
}

async function seedOffice(ds: DataSource): Promise<{ created: boolean }> {
  return ds.transaction(async (m) => {
    const existing = await m.query(`SELECT id FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
    if (existing.length) return { created: false };
    const [{ id: tenantId }] = await m.query(`INSERT INTO tenant (name, slug, state, settings) VALUES ($1, $2, $3, $4) RETURNING id`, [
      KAMEN_TENANT.name,
      KAMEN_TENANT.slug,
      KAMEN_TENANT.state,
      JSON.stringify(KAMEN_TENANT.settings),
    ]);
    const hash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      const [{ id }] = await m.query(
        `INSERT INTO app_user (tenant_id, email, password_hash, first_name, last_name, phone, role) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
        [tenantId, u.email, hash, u.firstName, u.lastName, u.phone ?? null, u.role],
      );
      for (const [first, last, dob] of DEMO_CHILDREN[u.email] ?? []) {
        await m.query(`INSERT INTO child (tenant_id, parent_id, first_name, last_name, date_of_birth) VALUES ($1,$2,$3,$4,$5)`, [
          tenantId,
          id,
          first,
          last,
          dob,
        ]);
      }
    }
    return { created: true };
  });
}
