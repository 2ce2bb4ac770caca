/**
 * The office's capacity limits (typed tenant settings). Defaults and legal maxima are those of
 * North Rhine-Westphalia; sources in docs/capacity.md.
 */
export interface CapacityOfficeSettings {
  /** Children present at the same time a permit may allow (SGB VIII §43(3), KiBiz §22(2) S. 1). */
  maxPresent: number;
  /** Care contracts (children in care) per childminder at the same time (KiBiz §22(2) S. 2–3). */
  maxContracts: number;
  /** Whether the childminder's own children in care count toward the present limit while present. */
  ownChildrenCount: boolean;
  /** Großtagespflege: children present at the site at the same time (KiBiz §22(3) S. 1). */
  siteMaxPresent: number;
  /** Großtagespflege: childminders working together (KiBiz §22(3) S. 1). */
  siteMaxChildminders: number;
  /** Großtagespflege: care contracts of the whole site; null = no cap of the office (KiBiz §22(3) S. 3 allows up to 15). */
  siteMaxContracts: number | null;
}

/** The highest values an office may set. */
export const CAPACITY_LEGAL_MAXIMA = {
  maxPresent: 5,
  maxContracts: 10,
  siteMaxPresent: 9,
  siteMaxChildminders: 3,
  siteMaxContracts: 15,
} as const;

/** Children in care before the qualification is complete (KiBiz §21(1): "spätestens ab dem zweiten Kind"). */
export const MAX_CHILDREN_WHILE_QUALIFYING = 1;

export const DEFAULT_CAPACITY_SETTINGS: Readonly<CapacityOfficeSettings> = Object.freeze({
  maxPresent: 5,
  maxContracts: 8,
  ownChildrenCount: true,
  siteMaxPresent: 9,
  siteMaxChildminders: 3,
  siteMaxContracts: null,
});

export interface CapacitySettingsProblem {
  field: keyof CapacityOfficeSettings;
  code: 'int' | 'range' | 'boolean';
  message: string;
}

const LABELS: Record<keyof typeof CAPACITY_LEGAL_MAXIMA, string> = {
  maxPresent: 'Gleichzeitig anwesende Kinder',
  maxContracts: 'Betreuungsverträge je Tagespflegeperson',
  siteMaxPresent: 'Gleichzeitig anwesende Kinder in der Großtagespflege',
  siteMaxChildminders: 'Tagespflegepersonen in der Großtagespflege',
  siteMaxContracts: 'Betreuungsverträge in der Großtagespflege',
};

/** Every problem of a settings object (empty = valid), German messages. */
export function validateCapacitySettings(value: unknown): CapacitySettingsProblem[] {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const problems: CapacitySettingsProblem[] = [];
  for (const field of Object.keys(CAPACITY_LEGAL_MAXIMA) as (keyof typeof CAPACITY_LEGAL_MAXIMA)[]) {
    const n = v[field];
    if (field === 'siteMaxContracts' && n === null) continue;
    const max = CAPACITY_LEGAL_MAXIMA[field];
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      problems.push({ field, code: 'int', message: `${LABELS[field]}: Bitte eine ganze Zahl angeben.` });
    } else if (n < 1 || n > max) {
      problems.push({
        field,
        code: 'range',
        message: `${LABELS[field]}: erlaubt sind 1 bis ${max} (gesetzliche Höchstgrenze ${max}); ${n} ist nicht zulässig.`,
      });
    }
  }
  if (typeof v['ownChildrenCount'] !== 'boolean') {
    problems.push({ field: 'ownChildrenCount', code: 'boolean', message: 'Eigene Kinder mitzählen: Bitte ja oder nein angeben.' });
  }
  return problems;
}

/** Stored (possibly partial, possibly older) settings merged over the defaults; throws when the result is invalid. */
export function capacitySettings(stored?: Partial<CapacityOfficeSettings> | null): CapacityOfficeSettings {
  const merged: CapacityOfficeSettings = { ...DEFAULT_CAPACITY_SETTINGS };
  for (const key of Object.keys(DEFAULT_CAPACITY_SETTINGS) as (keyof CapacityOfficeSettings)[]) {
    if (stored && stored[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = stored[key];
  }
  const problems = validateCapacitySettings(merged);
  if (problems.length) throw new RangeError(problems.map((p) => p.message).join(' '));
  return merged;
}
