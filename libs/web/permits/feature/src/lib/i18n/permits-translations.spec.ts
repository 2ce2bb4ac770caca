import 'reflect-metadata'; // the contracts' DTO decorators need it when loaded outside Nest
import { EVIDENCE_TYPES } from '@lotse/shared/contracts';
import {
  APPLICATION_KIND_VALUES,
  APPLICATION_STATUS_VALUES,
  CHECK_KIND_VALUES,
  CRITERION_VALUES,
  DECISION_VALUES,
  FINDING_RATING_VALUES,
  PERMIT_STATUS_VALUES,
  RECOMMENDATION_VALUES,
} from '@lotse/web/permits/data-access';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * The scope `permits` (apps/web/public/i18n/permits/<lang>.json) must be complete: the same keys
 * and placeholders in German and English, no empty texts, every `permits.*` key written in this
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

const de = flatten(read('permits/de.json'), 'permits.');
const en = flatten(read('permits/en.json'), 'permits.');
const rootDe = flatten(read('de.json'));
const libSources = sources(resolve(__dirname, '..')).map((f) => readFileSync(f, 'utf8'));

describe('translations of the permits scope', () => {
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

  it('contain every permits key used in the code, including the dynamic ones', () => {
    const used = new Set<string>();
    for (const text of libSources) {
      for (const match of text.matchAll(/'(permits\.[A-Za-z_.]+)'/g)) {
        if (!match[1].endsWith('.')) used.add(match[1]);
      }
    }
    const dynamic = [
      ...APPLICATION_KIND_VALUES.map((v) => `permits.kind.${v}`),
      ...APPLICATION_STATUS_VALUES.map((v) => `permits.applicationStatus.${v}`),
      ...PERMIT_STATUS_VALUES.map((v) => `permits.permitStatus.${v}`),
      ...DECISION_VALUES.map((v) => `permits.decision.${v}`),
      ...DECISION_VALUES.map((v) => `permits.decisionResult.${v}`),
      ...CHECK_KIND_VALUES.map((v) => `permits.checkKind.${v}`),
      ...CRITERION_VALUES.map((v) => `permits.criterion.${v}`),
      ...FINDING_RATING_VALUES.map((v) => `permits.rating.${v}`),
      ...RECOMMENDATION_VALUES.map((v) => `permits.recommendation.${v}`),
      ...EVIDENCE_TYPES.map((v) => `permits.evidenceType.${v}`),
      ...['missing', 'expired'].map((v) => `permits.blockingStatus.${v}`),
      ...['initial', 'later'].map((v) => `permits.apply.kindHint.${v}`),
      ...['empty', 'duplicate', 'tooMany', 'tooLong'].map((v) => `permits.list.problem.${v}`),
    ];
    expect(used.size).toBeGreaterThan(100);
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
