import { dayNumber, minutesOf } from './time';
import {
  INSTANCE_FORMAT,
  type CareRequest,
  type Childminder,
  type ExistingPlacement,
  type Instance,
  type ScheduleEntry,
  type Site,
} from './types';

/** A broken instance: every problem with the path of its field, e.g. `requests[3].schedule[0].from`. */
export class InstanceFormatError extends Error {
  constructor(
    readonly problems: string[],
    total = problems.length,
  ) {
    super(
      `invalid matching instance (${total} problem${total === 1 ? '' : 's'}` +
        `${total > problems.length ? `, the first ${problems.length} listed` : ''}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'InstanceFormatError';
  }
}

const MAX_PROBLEMS = 50;

type Obj = Record<string, unknown>;

class Reader {
  readonly problems: string[] = [];
  total = 0;
  slotMinutes = 15;

  fail(path: string, message: string): void {
    this.total++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(`${path}: ${message}`);
  }

  obj(v: unknown, path: string): Obj | null {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.fail(path, `expected an object, got ${show(v)}`);
      return null;
    }
    return v as Obj;
  }

  arr(o: Obj, key: string, path: string, optional = false): unknown[] {
    const v = o[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) {
      this.fail(j(path, key), v === undefined ? 'is missing' : `expected an array, got ${show(v)}`);
      return [];
    }
    return v;
  }

  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v.length === 0) {
      this.fail(j(path, key), v === undefined ? 'is missing' : `expected a non-empty string, got ${show(v)}`);
      return '';
    }
    return v;
  }

  nullableStr(o: Obj, key: string, path: string): string | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.length === 0) {
      this.fail(j(path, key), `expected a non-empty string or null, got ${show(v)}`);
      return null;
    }
    return v;
  }

  bool(o: Obj, key: string, path: string): boolean {
    const v = o[key];
    if (typeof v !== 'boolean') {
      this.fail(j(path, key), v === undefined ? 'is missing' : `expected true or false, got ${show(v)}`);
      return false;
    }
    return v;
  }

  num(o: Obj, key: string, path: string, min: number, max: number, integer = false): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.fail(j(path, key), v === undefined ? 'is missing' : `expected a number, got ${show(v)}`);
      return min;
    }
    if (integer && !Number.isInteger(v)) {
      this.fail(j(path, key), `expected a whole number, got ${v}`);
      return min;
    }
    if (v < min || v > max) {
      this.fail(j(path, key), `${v} is outside ${min} … ${max}`);
      return min;
    }
    return v;
  }

  date(o: Obj, key: string, path: string, nullable = false): string {
    const v = o[key];
    if (nullable && (v === undefined || v === null)) return '';
    if (typeof v !== 'string' || Number.isNaN(dayNumber(v))) {
      this.fail(j(path, key), v === undefined ? 'is missing' : `expected a date "YYYY-MM-DD", got ${show(v)}`);
      return '1970-01-01';
    }
    return v;
  }

  strings(o: Obj, key: string, path: string): string[] {
    const v = o[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.fail(j(path, key), `expected an array of strings, got ${show(v)}`);
      return [];
    }
    return v as string[];
  }

  schedule(o: Obj, key: string, path: string): ScheduleEntry[] {
    const out: ScheduleEntry[] = [];
    this.arr(o, key, path).forEach((raw, i) => {
      const p = `${path}.${key}[${i}]`;
      const e = this.obj(raw, p);
      if (!e) return;
      const day = this.num(e, 'day', p, 0, 6, true);
      const from = this.time(e, 'from', p);
      const to = this.time(e, 'to', p);
      if (!Number.isNaN(from) && !Number.isNaN(to) && from >= to) {
        this.fail(`${p}.to`, `"${String(e['to'])}" is not after from "${String(e['from'])}"`);
      }
      out.push({ day, from: String(e['from']), to: String(e['to']) });
    });
    return out;
  }

  time(o: Obj, key: string, path: string): number {
    const v = o[key];
    const m = typeof v === 'string' ? minutesOf(v) : NaN;
    if (Number.isNaN(m)) {
      this.fail(j(path, key), v === undefined ? 'is missing' : `expected a time "HH:MM", got ${show(v)}`);
      return NaN;
    }
    if (m % this.slotMinutes !== 0) {
      this.fail(j(path, key), `"${String(v)}" is not on the ${this.slotMinutes}-minute grid`);
      return NaN;
    }
    return m;
  }

  unique(ids: string[], path: string, what: string): void {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (id === '') return;
      if (seen.has(id)) this.fail(`${path}[${i}].id`, `duplicate ${what} id "${id}"`);
      seen.add(id);
    });
  }
}

function j(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/**
 * Checks an instance read from JSON and returns it normalised (absent `sites`, `placements`, `languages`, `siteId`,
 * `siblingGroup`, `until` become [] / null). Throws {@link InstanceFormatError} listing every problem by field path.
 */
export function parseInstance(input: unknown): Instance {
  const r = new Reader();
  const root = r.obj(input, '');
  if (!root) throw new InstanceFormatError(r.problems);
  if (root['format'] !== INSTANCE_FORMAT) {
    r.fail('format', `expected "${INSTANCE_FORMAT}", got ${show(root['format'])}`);
  }
  const careYearStart = r.date(root, 'careYearStart', '');
  const slotMinutes = root['slotMinutes'] === undefined ? 15 : r.num(root, 'slotMinutes', '', 1, 60, true);
  if (1440 % slotMinutes !== 0) r.fail('slotMinutes', `${slotMinutes} does not divide a day`);
  else r.slotMinutes = slotMinutes;

  const sites: Site[] = r.arr(root, 'sites', '', true).flatMap((raw, i) => {
    const p = `sites[${i}]`;
    const o = r.obj(raw, p);
    if (!o) return [];
    const site: Site = { id: r.str(o, 'id', p), maxPresent: r.num(o, 'maxPresent', p, 0, 32000, true) };
    if (o['maxChildminders'] !== undefined && o['maxChildminders'] !== null) {
      site.maxChildminders = r.num(o, 'maxChildminders', p, 0, 1000, true);
    }
    return [site];
  });
  r.unique(
    sites.map((s) => s.id),
    'sites',
    'site',
  );
  const siteIds = new Set(sites.map((s) => s.id));

  const childminders: Childminder[] = r.arr(root, 'childminders', '').flatMap((raw, i) => {
    const p = `childminders[${i}]`;
    const o = r.obj(raw, p);
    if (!o) return [];
    const siteId = r.nullableStr(o, 'siteId', p);
    if (siteId !== null && !siteIds.has(siteId)) r.fail(`${p}.siteId`, `unknown site "${siteId}"`);
    const cm: Childminder = {
      id: r.str(o, 'id', p),
      lat: r.num(o, 'lat', p, -90, 90),
      lon: r.num(o, 'lon', p, -180, 180),
      maxPresent: r.num(o, 'maxPresent', p, 0, 1000, true),
      maxContracts: r.num(o, 'maxContracts', p, 0, 1000, true),
      siteId,
      minAgeMonths: r.num(o, 'minAgeMonths', p, 0, 1200, true),
      maxAgeMonths: r.num(o, 'maxAgeMonths', p, 0, 1200, true),
      availableFrom: r.date(o, 'availableFrom', p),
      permitValidUntil: r.date(o, 'permitValidUntil', p),
      offered: r.schedule(o, 'offered', p),
      pets: r.bool(o, 'pets', p),
      smoking: r.bool(o, 'smoking', p),
      languages: r.strings(o, 'languages', p),
      placements: r.arr(o, 'placements', p, true).flatMap((rawP, j) => {
        const pp = `${p}.placements[${j}]`;
        const po = r.obj(rawP, pp);
        if (!po) return [];
        const placement: ExistingPlacement = {
          id: r.str(po, 'id', pp),
          from: r.date(po, 'from', pp),
          until: r.date(po, 'until', pp, true) || null,
          schedule: r.schedule(po, 'schedule', pp),
        };
        if (placement.until && placement.until < placement.from) {
          r.fail(`${pp}.until`, `"${placement.until}" is before from "${placement.from}"`);
        }
        return [placement];
      }),
    };
    if (o['nutrition'] !== undefined) cm.nutrition = r.strings(o, 'nutrition', p);
    if (cm.minAgeMonths > cm.maxAgeMonths) {
      r.fail(`${p}.maxAgeMonths`, `${cm.maxAgeMonths} is below minAgeMonths ${cm.minAgeMonths}`);
    }
    return [cm];
  });
  r.unique(
    childminders.map((c) => c.id),
    'childminders',
    'childminder',
  );

  const requests: CareRequest[] = r.arr(root, 'requests', '').flatMap((raw, i) => {
    const p = `requests[${i}]`;
    const o = r.obj(raw, p);
    if (!o) return [];
    const requestedAt = r.str(o, 'requestedAt', p);
    if (requestedAt && !Number.isFinite(Date.parse(requestedAt))) {
      r.fail(`${p}.requestedAt`, `expected an ISO date-time, got ${show(requestedAt)}`);
    }
    const req: CareRequest = {
      id: r.str(o, 'id', p),
      birthDate: r.date(o, 'birthDate', p),
      start: r.date(o, 'start', p),
      entitled: r.bool(o, 'entitled', p),
      requestedAt,
      tieBreak: r.num(o, 'tieBreak', p, -Number.MAX_VALUE, Number.MAX_VALUE),
      lat: r.num(o, 'lat', p, -90, 90),
      lon: r.num(o, 'lon', p, -180, 180),
      maxDistanceKm: r.num(o, 'maxDistanceKm', p, 0, 20_000),
      schedule: r.schedule(o, 'schedule', p),
      animalAllergy: r.bool(o, 'animalAllergy', p),
      noSmoking: r.bool(o, 'noSmoking', p),
      languages: r.strings(o, 'languages', p),
      siblingGroup: r.nullableStr(o, 'siblingGroup', p),
    };
    if (o['nutrition'] !== undefined) req.nutrition = r.strings(o, 'nutrition', p);
    if (o['excludedChildminderIds'] !== undefined) req.excludedChildminderIds = r.strings(o, 'excludedChildminderIds', p);
    return [req];
  });
  r.unique(
    requests.map((q) => q.id),
    'requests',
    'request',
  );

  if (r.problems.length > 0) throw new InstanceFormatError(r.problems, r.total);
  return { format: INSTANCE_FORMAT, careYearStart, slotMinutes, sites, childminders, requests };
}
