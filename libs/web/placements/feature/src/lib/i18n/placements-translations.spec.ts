import {
  CARE_REQUEST_SORT_KEYS,
  CARE_REQUEST_STATUSES,
  MEASLES_PROOF_STATUSES,
  PLACEMENT_STATES,
  PROPOSAL_STATUSES,
  VACANCY_STATES,
} from '@lotse/shared/contracts/values';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * The scope `placements` (apps/web/public/i18n/placements/<lang>.json) must be complete: the same keys
 * and placeholders in German and English, no empty texts, every `placements.*` key written in this
 * lib present (dynamic keys through their known values), and every root key used here present in
 * the root files.
 */

type Tree = { [key: string]: string | Tree };

const root = resolve(__dirname, '../../../../../../..');
const read = (path: string): Tree => JSON.parse(readFileSync(join(root, 'apps/web/public/i18n', path), 'utf8'));

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((acc, [key, value]) => {
    if (typeof value === 'string') acc[prefix + key] = value;
    else Object.assign(acc, flatten(value, `${prefix}${key}.`));
    return acc;
  }, {});
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const de = flatten(read('placements/de.json'), 'placements.');
const en = flatten(read('placements/en.json'), 'placements.');
const rootDe = flatten(read('de.json'));
const libSources = sources(resolve(__dirname, '..')).map((f) => readFileSync(f, 'utf8'));

describe('translations of the placements scope', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('have no empty texts', () => {
    expect(Object.entries({ ...de, ...en }).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    expect(Object.keys(de).filter((k) => placeholders(de[k]).join() !== placeholders(en[k] ?? '').join())).toEqual([]);
  });

  it('address German readers formally ("Sie", never "du")', () => {
    expect(Object.entries(de).filter(([, v]) => /\b(du|dein|deine|dich|dir)\b/i.test(v))).toEqual([]);
  });

  it('contain every placements key used in the code, including the dynamic ones', () => {
    const used = new Set<string>();
    for (const text of libSources) {
      for (const match of text.matchAll(/'(placements\.[A-Za-z_.]+)'/g)) {
        if (!match[1].endsWith('.')) used.add(match[1]);
      }
    }
    const dynamic = [
      ...CARE_REQUEST_STATUSES.map((v) => `placements.requestStatus.${v}`),
      ...PROPOSAL_STATUSES.map((v) => `placements.proposalStatus.${v}`),
      ...PLACEMENT_STATES.map((v) => `placements.placementState.${v}`),
      ...VACANCY_STATES.map((v) => `placements.vacancyState.${v}`),
      ...MEASLES_PROOF_STATUSES.map((v) => `placements.measles.${v}`),
      ...CARE_REQUEST_SORT_KEYS.map((v) => `placements.queue.sortBy.${v}`),
      ...['none', 'some', 'full', 'over'].map((v) => `placements.week.level.${v}`),
    ];
    expect(used.size).toBeGreaterThan(150);
    expect([...used, ...dynamic].filter((key) => !(key in de))).toEqual([]);
  });

  it('use only root keys that exist (common texts, errors, validation)', () => {
    const used = new Set<string>();
    for (const text of libSources) {
      for (const match of text.matchAll(/'((?:common|errors|validation)\.[A-Za-z_.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((key) => !(key in rootDe))).toEqual([]);
  });
});
