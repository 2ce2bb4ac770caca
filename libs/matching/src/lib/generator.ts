import { hhmm } from './time';
import { INSTANCE_FORMAT, type CareRequest, type Childminder, type Instance, type ScheduleEntry, type Site } from './types';

/** Seeded PRNG (mulberry32): same seed, same instance. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Towns of Kreis Unna with centres and inhabitants (weights for where children and childminders live). */
export const KREIS_UNNA_TOWNS = [
  { name: 'Kamen', lat: 51.5917, lon: 7.6653, people: 43_000 },
  { name: 'Unna', lat: 51.5347, lon: 7.6889, people: 58_000 },
  { name: 'Bergkamen', lat: 51.6156, lon: 7.6447, people: 48_000 },
  { name: 'Bönen', lat: 51.5986, lon: 7.7592, people: 18_000 },
  { name: 'Lünen', lat: 51.6161, lon: 7.5286, people: 86_000 },
  { name: 'Holzwickede', lat: 51.5002, lon: 7.6206, people: 17_000 },
  { name: 'Fröndenberg', lat: 51.4711, lon: 7.7647, people: 21_000 },
  { name: 'Schwerte', lat: 51.4436, lon: 7.5653, people: 46_000 },
  { name: 'Werne', lat: 51.6628, lon: 7.6336, people: 29_000 },
  { name: 'Selm', lat: 51.6958, lon: 7.4733, people: 26_000 },
];

export interface GeneratorOptions {
  seed: number;
  childminders: number;
  requests: number;
  careYearStart?: string;
  /** towns to spread people over (default: all of Kreis Unna) */
  towns?: string[];
  /** shift of every coordinate, to build many offices side by side */
  offset?: { lat: number; lon: number };
  /** id prefix (for offices) */
  prefix?: string;
  /** share of childminders in a Großtagespflege (default 0.1) */
  siteShare?: number;
}

const LANGS = ['tr', 'ar', 'ru', 'pl', 'en', 'uk'];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  return t.toISOString().slice(0, 10);
}

/** A realistic random instance (schedules, ages, existing placements, sites, siblings) around towns of Kreis Unna. */
export function generateInstance(o: GeneratorOptions): Instance {
  const rnd = prng(o.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const gauss = (): number => {
    const u = Math.max(1e-12, rnd());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const start = o.careYearStart ?? '2027-08-01';
  const towns = KREIS_UNNA_TOWNS.filter((t) => !o.towns || o.towns.includes(t.name));
  const total = towns.reduce((s, t) => s + t.people, 0);
  const dLat = o.offset?.lat ?? 0;
  const dLon = o.offset?.lon ?? 0;
  const prefix = o.prefix ?? '';
  const place = (): { lat: number; lon: number } => {
    let x = rnd() * total;
    let town = towns[0];
    for (const t of towns) {
      x -= t.people;
      if (x <= 0) {
        town = t;
        break;
      }
    }
    const spread = 0.9 + (town.people / 86_000) * 1.4; // km
    return {
      lat: Math.round((town.lat + dLat + (gauss() * spread) / 111.2) * 1e5) / 1e5,
      lon: Math.round((town.lon + dLon + (gauss() * spread) / 69.5) * 1e5) / 1e5,
    };
  };
  const week = (days: number[], from: number, to: number): ScheduleEntry[] => days.map((day) => ({ day, from: hhmm(from), to: hhmm(to) }));
  const q = (minutes: number): number => Math.round(minutes / 15) * 15;
  const childSchedule = (): ScheduleEntry[] => {
    const kind = rnd();
    const days = kind < 0.6 ? [0, 1, 2, 3, 4] : kind < 0.8 ? [0, 1, 2, 3] : [0, 1, 2].map((d) => d + (rnd() < 0.5 ? 0 : 2));
    const uniqueDays = [...new Set(days)];
    const morning = rnd() < 0.7;
    const from = morning ? q(420 + rnd() * 120) : q(720 + rnd() * 60);
    const to = morning ? q(Math.max(from + 180, 690 + rnd() * 270)) : q(from + 180 + rnd() * 120);
    return week(uniqueDays, from, Math.min(to, 990));
  };

  const sites: Site[] = [];
  const childminders: Childminder[] = [];
  const siteShare = o.siteShare ?? 0.1;
  for (let i = 0; i < o.childminders; i++) {
    const id = `${prefix}cm-${i + 1}`;
    let siteId: string | null = null;
    let loc = place();
    const inSite = rnd() < siteShare && i > 0;
    if (inSite && sites.length > 0 && rnd() < 0.66 && childminders[i - 1].siteId) {
      const prev = childminders[i - 1];
      const mates = childminders.filter((c) => c.siteId === prev.siteId).length;
      if (mates < 3) {
        siteId = prev.siteId;
        loc = { lat: prev.lat, lon: prev.lon };
      }
    }
    if (inSite && siteId === null) {
      siteId = `${prefix}gtp-${sites.length + 1}`;
      sites.push({ id: siteId, maxPresent: 9, maxChildminders: 3 });
    }
    const fromT = q(420 + rnd() * 60);
    const toT = q(rnd() < 0.7 ? 960 + rnd() * 60 : 780 + rnd() * 120);
    const days = rnd() < 0.85 ? [0, 1, 2, 3, 4] : [0, 1, 2, 3];
    const maxPresent = rnd() < 0.85 ? 5 : rnd() < 0.7 ? 4 : 3;
    const placements = [];
    const existing = Math.floor(rnd() * 7);
    for (let k = 0; k < existing; k++) {
      const leaves = rnd();
      placements.push({
        id: `${id}-p${k + 1}`,
        from: addMonths(start, -1 - Math.floor(rnd() * 24)),
        until: leaves < 0.4 ? addDays(start, -1) : leaves < 0.75 ? addDays(addMonths(start, 1 + Math.floor(rnd() * 11)), -1) : null,
        schedule: childSchedule()
          .filter((e) => days.includes(e.day))
          .map((e) => ({
            day: e.day,
            from: hhmm(Math.max(fromT, Number(e.from.slice(0, 2)) * 60 + Number(e.from.slice(3)))),
            to: hhmm(Math.min(toT, Number(e.to.slice(0, 2)) * 60 + Number(e.to.slice(3)))),
          }))
          .filter((e) => e.from < e.to),
      });
    }
    const youngOnly = rnd() < 0.7;
    childminders.push({
      id,
      lat: loc.lat,
      lon: loc.lon,
      maxPresent,
      maxContracts: rnd() < 0.9 ? 8 : 10,
      siteId,
      minAgeMonths: rnd() < 0.8 ? 0 : 12,
      maxAgeMonths: youngOnly ? 36 : 72,
      availableFrom: rnd() < 0.8 ? start : addMonths(start, 1 + Math.floor(rnd() * 5)),
      permitValidUntil: addDays(addMonths(start, rnd() < 0.04 ? -1 : Math.floor(rnd() * 60)), 14),
      offered: week(days, fromT, toT),
      pets: rnd() < 0.3,
      smoking: rnd() < 0.05,
      languages: rnd() < 0.2 ? ['de', pick(LANGS)] : ['de'],
      placements,
    });
  }

  const requests: CareRequest[] = [];
  let siblingGroups = 0;
  for (let i = 0; i < o.requests; i++) {
    const id = `${prefix}r-${i + 1}`;
    const startDate = rnd() < 0.7 ? start : addMonths(start, 1 + Math.floor(rnd() * 11));
    const ageAtStart = 4 + Math.floor(rnd() * 32);
    const birth = addDays(addMonths(startDate, -ageAtStart), -Math.floor(rnd() * 27));
    const prev = requests[i - 1];
    const sibling = prev !== undefined && rnd() < 0.05;
    let loc = place();
    let siblingGroup: string | null = null;
    if (sibling) {
      siblingGroup = prev.siblingGroup ?? `${prefix}s-${++siblingGroups}`;
      prev.siblingGroup = siblingGroup;
      loc = { lat: prev.lat, lon: prev.lon };
    }
    const lang = rnd() < 0.25 ? [pick(LANGS), 'de'] : ['de'];
    requests.push({
      id,
      birthDate: birth,
      start: startDate,
      entitled: ageAtStart >= 12 || rnd() < 0.3,
      requestedAt: new Date(Date.parse(`${start}T08:00:00Z`) - Math.floor(rnd() * 400 * 86_400) * 1000).toISOString(),
      tieBreak: Math.round(rnd() * 1e6) / 1e6,
      lat: loc.lat,
      lon: loc.lon,
      maxDistanceKm: pick([3, 4, 5, 5, 5, 6, 8, 10]),
      schedule: sibling ? prev.schedule.map((e) => ({ ...e })) : childSchedule(),
      animalAllergy: rnd() < 0.06,
      noSmoking: rnd() < 0.85,
      languages: lang,
      siblingGroup,
    });
  }
  return { format: INSTANCE_FORMAT, careYearStart: start, slotMinutes: 15, sites, childminders, requests };
}
