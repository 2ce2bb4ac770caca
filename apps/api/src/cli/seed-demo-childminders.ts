import { personKey, refreshEvidenceSummary, seedEvidenceRules, storedEvaluation } from '@lotse/server/childminders';
import { KAMEN_TENANT } from '@lotse/server/core';
import type { CareLocationType, ChildminderStatus, EvidenceType } from '@lotse/shared/contracts';
import { DEFAULT_EVIDENCE_RULES, plusDays, plusMonths, todayIn, type IsoDate } from '@lotse/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';

interface DemoItem {
  type: EvidenceType;
  /** Days before today (dates stay meaningful whenever the demo is seeded). */
  daysAgo: number;
  units?: number;
  personName?: string;
}

interface DemoFile {
  /** Account e-mail, or null for a file the office keeps without account. */
  account: string | null;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  dateOfBirth: IsoDate;
  street: string;
  district: string;
  status: ChildminderStatus;
  care: { type: CareLocationType; siteName?: string; street?: string };
  languages: string[];
  pets: string | null;
  nutrition: string;
  focus: string;
  ages: [number, number];
  times: Array<[number, string, string]>;
  household: string[];
  items: DemoItem[];
}

const MON_FRI = (from: string, to: string): Array<[number, string, string]> => [1, 2, 3, 4, 5].map((d) => [d, from, to]);
const complete = (over: Partial<Record<EvidenceType, number>> = {}): DemoItem[] => [
  { type: 'qualification_course', daysAgo: over.qualification_course ?? 900, units: 300 },
  { type: 'first_aid', daysAgo: over.first_aid ?? 300, units: 9 },
  { type: 'good_conduct', daysAgo: over.good_conduct ?? 400 },
  { type: 'ifsg_instruction', daysAgo: 850 },
  { type: 'measles_protection', daysAgo: 850 },
  { type: 'medical_certificate', daysAgo: 800 },
  { type: 'home_visit', daysAgo: over.home_visit ?? 700 },
  { type: 'continuing_education', daysAgo: over.continuing_education ?? 120, units: 16 },
];

/**
 * Files in real Kamen districts at different stages, with evidence valid, expiring soon, expired
 * and missing, so the advisor list, checklists and reminders show something meaningful.
 */
const FILES: DemoFile[] = [
  {
    account: 'tpp1@kamen.example',
    firstName: 'Jürgen',
    lastName: 'Weiß',
    email: 'tpp1@kamen.example',
    phone: '0171 2345678',
    dateOfBirth: '1972-08-14',
    street: 'Nordstraße 21',
    district: 'Mitte',
    status: 'active',
    care: { type: 'own_home' },
    languages: ['Deutsch'],
    pets: 'ein Hund (Labrador)',
    nutrition: 'Frisch gekochtes Mittagessen, Obstfrühstück',
    focus: 'Bewegung und Natur, viel draußen',
    ages: [6, 36],
    times: MON_FRI('07:00', '14:00'),
    household: ['Eva Weiß'],
    // First aid expires in about 40 days: expiring, first reminder due.
    items: [...complete({ first_aid: 690 }), { type: 'good_conduct', daysAgo: 400, personName: 'Eva Weiß' }],
  },
  {
    account: 'tpp2@kamen.example',
    firstName: 'Ayşe',
    lastName: 'Demir',
    email: 'tpp2@kamen.example',
    phone: '0172 3456789',
    dateOfBirth: '1988-02-03',
    street: 'Kaiserauer Straße 7',
    district: 'Methler',
    status: 'in_qualification',
    care: { type: 'own_home' },
    languages: ['Deutsch', 'Türkisch'],
    pets: null,
    nutrition: 'Halal, vegetarisch möglich',
    focus: 'Sprachförderung, zweisprachig',
    ages: [12, 36],
    times: [...MON_FRI('08:00', '13:00'), [3, '14:00', '16:00']],
    household: [],
    // First aid expired 10 days ago; qualification course not yet complete (140 of 160 UE).
    items: [
      { type: 'first_aid', daysAgo: 740, units: 9 },
      { type: 'qualification_course', daysAgo: 30, units: 140 },
      { type: 'good_conduct', daysAgo: 60 },
      { type: 'ifsg_instruction', daysAgo: 90 },
    ],
  },
  {
    account: 'tpp3@kamen.example',
    firstName: 'Monika',
    lastName: 'Schäfer',
    email: 'tpp3@kamen.example',
    phone: '02307 55123',
    dateOfBirth: '1979-11-23',
    street: 'Heerener Straße 112',
    district: 'Heeren-Werve',
    status: 'suitability_check',
    care: { type: 'large_day_care', siteName: 'Großtagespflege Sonnenblume', street: 'Mühlenstraße 4' },
    languages: ['Deutsch', 'Englisch'],
    pets: null,
    nutrition: 'Mittagessen vom Caterer, Bio',
    focus: 'Montessori-orientiert',
    ages: [4, 36],
    times: MON_FRI('07:30', '16:00'),
    household: [],
    // Everything valid but the home visit, which the advisor records. Her IfSG certificate is recent:
    // it may be no older than 3 months when she starts (§ 43 Abs. 1 IfSG, issue 11).
    items: complete()
      .filter((i) => i.type !== 'home_visit')
      .map((i) => (i.type === 'ifsg_instruction' ? { ...i, daysAgo: 30 } : i)),
  },
  {
    account: 'tpp4@kamen.example',
    firstName: 'Katrin',
    lastName: 'Hoffmann',
    email: 'tpp4@kamen.example',
    phone: '02307 66234',
    dateOfBirth: '1993-05-30',
    street: 'Lünener Straße 3',
    district: 'Südkamen',
    status: 'interested',
    care: { type: 'own_home' },
    languages: ['Deutsch'],
    pets: 'zwei Katzen',
    nutrition: 'Noch offen',
    focus: 'Musik und Singen',
    ages: [12, 36],
    times: MON_FRI('08:00', '12:00'),
    household: ['Tobias Hoffmann'],
    items: [],
  },
  {
    account: null,
    firstName: 'Sabine',
    lastName: 'Kowalski',
    email: 'kowalski@kamen.example',
    phone: '02307 77345',
    dateOfBirth: '1983-07-09',
    street: 'Dorfstraße 9',
    district: 'Derne',
    status: 'applicant',
    care: { type: 'other_rooms', street: 'Gemeindehaus, Kirchweg 2' },
    languages: ['Deutsch', 'Polnisch'],
    pets: null,
    nutrition: 'Frühstück und Mittagessen',
    focus: 'Kreativität',
    ages: [12, 48],
    times: MON_FRI('07:30', '13:30'),
    household: [],
    items: [
      { type: 'first_aid', daysAgo: 100, units: 9 },
      { type: 'medical_certificate', daysAgo: 20 },
    ],
  },
  {
    account: null,
    firstName: 'Andrea',
    lastName: 'Yıldız',
    email: 'yildiz@kamen.example',
    phone: '02307 88456',
    dateOfBirth: '1975-03-17',
    street: 'Rottumer Weg 15',
    district: 'Rottum',
    status: 'paused',
    care: { type: 'own_home' },
    languages: ['Deutsch', 'Türkisch'],
    pets: null,
    nutrition: 'Vollwertkost',
    focus: 'Natur, Garten',
    ages: [6, 36],
    times: MON_FRI('07:00', '12:30'),
    household: [],
    // Good conduct expires in about 60 days; continuing education expired.
    items: complete({ good_conduct: 1765, continuing_education: 400 }),
  },
];

/**
 * Demo childminders for Stadt Kamen (idempotent: a file is added only for an account or e-mail
 * that has none yet, so a database seeded before issue 3 gets them on the next start too).
 * Also seeds the tenant's evidence rules (NRW defaults).
 */
export async function seedDemoChildminders(ds: DataSource, now: Date = new Date()): Promise<number> {
  return ds.transaction(async (m) => {
    const [tenant] = await m.query(`SELECT id FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
    if (!tenant) return 0;
    await seedEvidenceRules(m, tenant.id);
    const today = todayIn('Europe/Berlin', now);
    const [advisor] = await m.query(`SELECT id FROM app_user WHERE email = 'beratung1@kamen.example'`);
    let created = 0;
    for (const f of FILES) {
      const exists = await m.query(`SELECT 1 FROM childminder WHERE tenant_id = $1 AND lower(email) = lower($2)`, [tenant.id, f.email]);
      if (exists.length) continue;
      const [user] = f.account ? await m.query(`SELECT id FROM app_user WHERE email = $1`, [f.account]) : [null];
      if (f.account && !user) continue;
      const id = await insertFile(m, tenant.id, user?.id ?? null, f);
      const actor = user?.id ?? advisor?.id ?? null;
      await m.query(`INSERT INTO childminder_event (tenant_id, childminder_id, actor_id, type, occurred_at) VALUES ($1,$2,$3,$4,$5)`, [
        tenant.id,
        id,
        actor,
        user ? 'registered' : 'created',
        plusMonths(today, -30),
      ]);
      for (const item of f.items) await insertItem(m, tenant.id, id, item, today, advisor?.id ?? null);
      await refreshEvidenceSummary(m, [id]);
      created++;
    }
    return created;
  });
}

async function insertFile(m: EntityManager, tenantId: string, userId: string | null, f: DemoFile): Promise<string> {
  const [{ id }] = await m.query(
    `INSERT INTO childminder (tenant_id, user_id, status, first_name, last_name, date_of_birth, email, phone, street, postcode, city, district,
        care_location_type, care_site_name, care_street, care_postcode, care_city, languages, pets, smoking_household, nutrition, pedagogical_focus,
        ages_from_months, ages_to_months, weekly_times, adult_household_members, was_active)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'59174','Kamen',$10,$11,$12,$13,$14,$15,$16,$17,false,$18,$19,$20,$21,$22,$23,$24) RETURNING id`,
    [
      tenantId,
      userId,
      f.status,
      f.firstName,
      f.lastName,
      f.dateOfBirth,
      f.email,
      f.phone,
      f.street,
      f.district,
      f.care.type,
      f.care.siteName ?? null,
      f.care.street ?? null,
      f.care.street ? '59174' : null,
      f.care.street ? 'Kamen' : null,
      f.languages,
      f.pets,
      f.nutrition,
      f.focus,
      f.ages[0],
      f.ages[1],
      JSON.stringify(f.times.map(([weekday, from, to]) => ({ weekday, from, to }))),
      f.household,
      f.status === 'active' || f.status === 'paused',
    ],
  );
  return id;
}

async function insertItem(
  m: EntityManager,
  tenantId: string,
  childminderId: string,
  item: DemoItem,
  today: IsoDate,
  advisorId: string | null,
): Promise<void> {
  const date = plusDays(today, -item.daysAgo);
  const goodConduct = item.type === 'good_conduct';
  // The certificate was presented within its 3 months.
  const submittedOn = goodConduct ? plusDays(date, 14) : date;
  const facts = { date, submittedOn, units: item.units ?? null, relevantConviction: goodConduct ? false : null };
  const s = storedEvaluation(DEFAULT_EVIDENCE_RULES[item.type], facts);
  const staffOnly = goodConduct || item.type === 'home_visit';
  await m.query(
    `INSERT INTO evidence_item (tenant_id, childminder_id, type, person_name, person_key, date, submitted_on, units, relevant_conviction,
        inspected_by, inspected_at, expires_on, warn_from, acceptable, unacceptable_reason, current, recorded_by, note, checked)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,true,$16,$17,true)`,
    [
      tenantId,
      childminderId,
      item.type,
      item.personName ?? null,
      personKey(item.personName),
      date,
      submittedOn,
      facts.units,
      facts.relevantConviction,
      goodConduct ? advisorId : null,
      goodConduct ? `${submittedOn}T10:00:00+01:00` : null,
      s.expiresOn,
      s.warnFrom,
      s.acceptable,
      s.unacceptableReason,
      staffOnly ? advisorId : null,
      item.type === 'home_visit' ? 'Räume kindgerecht, Garten eingezäunt, Rauchmelder vorhanden.' : null,
    ],
  );
}
