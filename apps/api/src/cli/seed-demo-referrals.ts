import { KAMEN_TENANT } from '@lotse/server/core';
import { PARTNER_CATEGORIES, REFERRAL_TOPICS, type PartnerCategory, type ReferralTopic } from '@lotse/shared/contracts';
import { plusMonths, todayIn } from '@lotse/shared/domain';
import type { DataSource } from 'typeorm';

/**
 * Demo partners of the referral guide: invented services at invented addresses in Kamen (phone
 * numbers from the 02307 area with a 99… block, e-mail and web addresses under `.example`), so
 * nobody mistakes them for the town's real partners. No person's name anywhere.
 */
export const DEMO_PARTNERS: Array<{
  name: string;
  category: PartnerCategory;
  offer: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  active?: boolean;
}> = [
  {
    name: 'Erziehungs- und Familienberatungsstelle Kamen',
    category: 'educational_counselling',
    offer: 'Beratung bei Erziehungsfragen, Trennung und Scheidung, Krisen in der Familie; Gruppen für Eltern. Kostenlos und vertraulich.',
    address: 'Beispielstraße 4, 59174 Kamen',
    phone: '02307 99100',
    email: 'beratung@efb-kamen.example',
    website: 'https://efb-kamen.example',
    openingHours: 'Mo–Do 8–16 Uhr, Fr 8–13 Uhr; offene Sprechstunde Di 14–16 Uhr',
  },
  {
    name: 'Familienzentrum Regenbogen (Kita)',
    category: 'kita_family_centre',
    offer: 'Kita für Kinder ab 1 Jahr, Eltern-Café, Sprachkurse für Mütter, Vermittlung in Kindertagespflege.',
    address: 'Am Spielplatz 12, 59174 Kamen-Methler',
    phone: '02307 99210',
    email: 'kontakt@fz-regenbogen.example',
    website: 'https://fz-regenbogen.example',
    openingHours: 'Mo–Fr 7–16.30 Uhr',
  },
  {
    name: 'Familienzentrum Sonnenblume (Kita)',
    category: 'kita_family_centre',
    offer: 'Kita mit U3-Gruppen, Beratung zur Anmeldung im Kita-Portal, Eltern-Kind-Gruppen.',
    address: 'Wiesenweg 3, 59174 Kamen-Heeren-Werve',
    phone: '02307 99220',
    email: 'info@fz-sonnenblume.example',
    website: 'https://fz-sonnenblume.example',
    openingHours: 'Mo–Fr 7.30–16 Uhr',
  },
  {
    name: 'Offene Ganztagsschule an der Musterschule',
    category: 'school_ogs',
    offer: 'OGS-Plätze, Hausaufgabenbetreuung, Ferienbetreuung; Hilfe beim Antrag auf Bildung und Teilhabe (Mittagessen, Ausflüge).',
    address: 'Schulweg 1, 59174 Kamen',
    phone: '02307 99300',
    email: 'ogs@musterschule-kamen.example',
    website: 'https://musterschule-kamen.example',
    openingHours: 'Schultage 11.30–16 Uhr',
  },
  {
    name: 'Schulsozialarbeit Kamen-Mitte',
    category: 'school_ogs',
    offer: 'Ansprechpartner für Schülerinnen, Schüler und Eltern bei Schwierigkeiten in der Schule; Anträge Bildung und Teilhabe.',
    address: 'Schulweg 1, 59174 Kamen',
    phone: '02307 99310',
    email: 'schulsozialarbeit@kamen-mitte.example',
    website: 'https://schulsozialarbeit-kamen.example',
    openingHours: 'Mo–Fr 8–14 Uhr',
  },
  {
    name: 'Jugendtreff Bahnhof (Offene Jugendarbeit)',
    category: 'youth_work',
    offer: 'Offener Treff ab 10 Jahren, Ferienprogramm, Bewerbungshilfe, Beratung für Jugendliche.',
    address: 'Gleisstraße 7, 59174 Kamen',
    phone: '02307 99400',
    email: 'treff@jugendtreff-bahnhof.example',
    website: 'https://jugendtreff-bahnhof.example',
    openingHours: 'Di–Fr 14–20 Uhr, Sa 12–18 Uhr',
  },
  {
    name: 'Familienhebammen-Sprechstunde im Familienbüro',
    category: 'midwife',
    offer: 'Begleitung im ersten Lebensjahr, Fragen zu Stillen, Schlafen und Entwicklung; Willkommensbesuche für Neugeborene.',
    address: 'Alte Villa, Beispielplatz 1, 59174 Kamen',
    phone: '02307 99500',
    email: 'familienhebamme@familienbuero-kamen.example',
    website: 'https://familienbuero-kamen.example/hebamme',
    openingHours: 'Mi 9–12 Uhr und nach Vereinbarung',
  },
  {
    name: 'Beratungsstelle für Geflüchtete und Zugewanderte',
    category: 'refugee_counselling',
    offer: 'Beratung zu Aufenthalt, Sprachkursen, Schule und Kita; Begleitung zu Ämtern; Beratung auf Arabisch, Ukrainisch und Türkisch.',
    address: 'Marktgasse 9, 59174 Kamen',
    phone: '02307 99600',
    email: 'beratung@migration-kamen.example',
    website: 'https://migration-kamen.example',
    openingHours: 'Mo, Mi 9–12 Uhr, Do 14–17 Uhr',
  },
  {
    name: 'Schuldner- und Sozialberatung',
    category: 'other',
    offer: 'Beratung bei Schulden, Hilfe bei Anträgen (Wohngeld, Kinderzuschlag), Haushaltsplanung.',
    address: 'Rathausgasse 2, 59174 Kamen',
    phone: '02307 99700',
    email: 'sozialberatung@kamen.example',
    website: 'https://sozialberatung-kamen.example',
    openingHours: 'Di, Do 9–12 Uhr',
  },
  {
    name: 'Eltern-Kind-Gruppe Lindenhof (beendet)',
    category: 'kita_family_centre',
    offer: 'Das Angebot wurde eingestellt.',
    address: 'Lindenhof 2, 59174 Kamen',
    phone: '02307 99230',
    email: 'lindenhof@kamen.example',
    website: 'https://lindenhof-kamen.example',
    openingHours: '—',
    active: false,
  },
];

/** Typical demand per topic and month (index = calendar month - 1): childcare places peak before the Kita year, school in late summer. */
const BASE: Record<ReferralTopic, number[]> = {
  parenting: [5, 6, 6, 5, 5, 4, 3, 3, 5, 6, 6, 5],
  childcare_place: [6, 8, 9, 8, 6, 5, 4, 3, 4, 5, 5, 4],
  birth_baby: [3, 3, 4, 4, 4, 3, 3, 3, 4, 3, 3, 3],
  school: [2, 2, 2, 3, 3, 4, 3, 6, 7, 3, 2, 2],
  financial_help: [4, 3, 3, 3, 3, 3, 2, 5, 6, 4, 3, 5],
  migration: [3, 3, 4, 4, 3, 3, 2, 2, 3, 4, 4, 3],
  health: [2, 2, 2, 1, 2, 1, 1, 1, 2, 2, 3, 2],
  other: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
};

/** Where a topic is usually referred to (first = most often). */
const TARGETS: Record<ReferralTopic, PartnerCategory[]> = {
  parenting: ['educational_counselling', 'kita_family_centre'],
  childcare_place: ['kita_family_centre', 'other'],
  birth_baby: ['midwife', 'kita_family_centre'],
  school: ['school_ogs', 'youth_work'],
  financial_help: ['other', 'school_ogs'],
  migration: ['refugee_counselling', 'kita_family_centre'],
  health: ['midwife', 'educational_counselling'],
  other: ['youth_work', 'other'],
};

/**
 * The directory and twelve months of anonymous demand figures for the demo office (idempotent:
 * only when the office has no partners yet), so the directory and the chart show something after
 * `npm start`. Counts vary a little per month from a fixed pattern (no randomness: reproducible).
 */
export async function seedDemoReferrals(ds: DataSource, now: Date = new Date()): Promise<number> {
  return ds.transaction(async (m) => {
    const [tenant] = await m.query(`SELECT id FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
    if (!tenant) return 0;
    if ((await m.query(`SELECT 1 FROM partner_service WHERE tenant_id = $1 LIMIT 1`, [tenant.id])).length) return 0;
    const ids = new Map<PartnerCategory, string[]>(PARTNER_CATEGORIES.map((c) => [c, []]));
    for (const p of DEMO_PARTNERS) {
      const [{ id }] = await m.query(
        `INSERT INTO partner_service (tenant_id, name, category, offer, address, phone, email, website, opening_hours, active)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
        [tenant.id, p.name, p.category, p.offer, p.address, p.phone, p.email, p.website, p.openingHours, p.active ?? true],
      );
      if (p.active ?? true) ids.get(p.category)?.push(id);
    }
    const today = todayIn('Europe/Berlin', now);
    const rows: { partner: Array<string | null>; category: string[]; topic: string[]; month: string[] } = {
      partner: [],
      category: [],
      topic: [],
      month: [],
    };
    for (let back = 11; back >= 0; back--) {
      const month = `${plusMonths(today, -back).slice(0, 7)}-01`;
      const calendarMonth = Number(month.slice(5, 7)) - 1;
      REFERRAL_TOPICS.forEach((topic, t) => {
        // The current month has only just begun: about half of a usual month.
        const n = Math.max(0, BASE[topic][calendarMonth] + (((back + t) * 7) % 3) - 1);
        const count = back === 0 ? Math.ceil(n / 2) : n;
        for (let i = 0; i < count; i++) {
          const category = TARGETS[topic][i % 3 === 2 ? 1 : 0];
          const partners = ids.get(category) ?? [];
          // Every fifth referral names only the kind of service, not a partner.
          const partner = partners.length && i % 5 !== 4 ? partners[i % partners.length] : null;
          rows.partner.push(partner);
          rows.category.push(category);
          rows.topic.push(topic);
          rows.month.push(month);
        }
      });
    }
    await m.query(
      `INSERT INTO referral (tenant_id, partner_service_id, category, topic, month)
       SELECT $1, p, c, t, mo::date FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS x(p, c, t, mo)`,
      [tenant.id, rows.partner, rows.category, rows.topic, rows.month],
    );
    return DEMO_PARTNERS.length + rows.topic.length;
  });
}
