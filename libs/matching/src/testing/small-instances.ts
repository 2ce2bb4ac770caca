import { prng } from '../lib/generator';
import { hhmm } from '../lib/time';
import { INSTANCE_FORMAT, type Instance, type ScheduleEntry } from '../lib/types';

/**
 * Small, crowded random instances for property tests: few childminders close together, more children than places,
 * overlapping and complementary schedules, later starts, existing placements ending in the year, sites, siblings.
 */
export function smallInstance(seed: number, maxCms = 3, maxReqs = 7): Instance {
  const rnd = prng(seed);
  const int = (a: number, b: number): number => a + Math.floor(rnd() * (b - a + 1));
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const blocks: [number, number][] = [
    [480, 720],
    [480, 600],
    [720, 900],
    [600, 780],
    [480, 900],
    [840, 960],
  ];
  const schedule = (): ScheduleEntry[] => {
    const [from, to] = pick(blocks);
    const days = pick([[0], [0, 1], [1, 2], [0, 2, 4], [0, 1, 2, 3, 4]]);
    return days.map((day) => ({ day, from: hhmm(from), to: hhmm(to) }));
  };
  const dates = ['2027-08-01', '2027-09-01', '2027-10-15'];
  const nCm = int(1, maxCms);
  const hasSite = nCm >= 2 && rnd() < 0.4;
  const inst: Instance = {
    format: INSTANCE_FORMAT,
    careYearStart: '2027-08-01',
    slotMinutes: 15,
    sites: hasSite ? [{ id: 'gtp-1', maxPresent: int(1, 4), maxChildminders: 3 }] : [],
    childminders: [],
    requests: [],
  };
  for (let i = 0; i < nCm; i++) {
    const placements = [];
    for (let k = 0; k < int(0, 2); k++) {
      placements.push({
        id: `p-${i}-${k}`,
        from: pick(['2026-09-01', '2027-08-01', '2027-09-01']),
        until: pick([null, '2027-08-31', '2027-12-31', '2028-02-29']),
        schedule: schedule(),
      });
    }
    for (const p of placements) if (p.until && p.until < p.from) p.until = null;
    inst.childminders.push({
      id: `cm-${i + 1}`,
      lat: 51.59 + (rnd() - 0.5) * 0.04,
      lon: 7.66 + (rnd() - 0.5) * 0.06,
      maxPresent: int(1, 3),
      maxContracts: int(1, 4),
      siteId: hasSite && i < 2 ? 'gtp-1' : null,
      minAgeMonths: pick([0, 0, 12]),
      maxAgeMonths: pick([36, 72, 20]),
      availableFrom: pick(['2027-08-01', '2027-08-01', '2027-09-01']),
      permitValidUntil: pick(['2030-06-30', '2030-06-30', '2027-08-31']),
      offered:
        rnd() < 0.8
          ? [0, 1, 2, 3, 4].map((day) => ({ day, from: '07:00', to: '17:00' }))
          : [0, 1, 2, 3].map((day) => ({ day, from: '08:00', to: '13:00' })),
      pets: rnd() < 0.2,
      smoking: rnd() < 0.1,
      languages: rnd() < 0.3 ? ['de', 'tr'] : ['de'],
      placements,
    });
  }
  const nReq = int(1, maxReqs);
  for (let i = 0; i < nReq; i++) {
    const start = pick(dates);
    const months = int(4, 40);
    const [y, m] = start.split('-').map(Number);
    const birth = new Date(Date.UTC(y, m - 1 - months, int(1, 28))).toISOString().slice(0, 10);
    inst.requests.push({
      id: `r-${i + 1}`,
      birthDate: birth,
      start,
      entitled: rnd() < 0.6,
      requestedAt: pick(['2026-11-02T09:30:00Z', '2026-12-01T10:00:00Z', '2027-01-15T08:00:00Z']),
      tieBreak: pick([0.1, 0.2, 0.3, 0.5, 0.5]),
      lat: 51.59 + (rnd() - 0.5) * 0.04,
      lon: 7.66 + (rnd() - 0.5) * 0.06,
      maxDistanceKm: pick([1, 2, 3, 5]),
      schedule: schedule(),
      animalAllergy: rnd() < 0.15,
      noSmoking: rnd() < 0.5,
      languages: rnd() < 0.3 ? ['tr', 'de'] : ['de'],
      siblingGroup: i > 0 && rnd() < 0.15 ? 's-1' : null,
    });
  }
  return inst;
}
