import { PARTNER_CATEGORIES, REFERRAL_TOPICS } from '@lotse/shared/contracts/values';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * The scope `referrals` (apps/web/public/i18n/referrals/<lang>.json): German and English complete
 * and alike (staff pages); Turkish, Arabic and Ukrainian carry every text of the public page
 * (`public.*`, kinds of service, contact labels) and nothing German is left in them.
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

const de = flatten(read('referrals/de.json'), 'referrals.');
const en = flatten(read('referrals/en.json'), 'referrals.');
const rootDe = flatten(read('de.json'));
const libSources = sources(resolve(__dirname, '..')).map((f) => readFileSync(f, 'utf8'));
const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

describe('translations of the referrals scope', () => {
  it('have the same keys and placeholders in German and English, no empty texts, formal German', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(Object.entries({ ...de, ...en }).filter(([, v]) => !v.trim())).toEqual([]);
    expect(Object.keys(de).filter((k) => placeholders(de[k]).join() !== placeholders(en[k] ?? '').join())).toEqual([]);
    expect(Object.entries(de).filter(([, v]) => /\b(du|dein|deine|dich|dir)\b/i.test(v))).toEqual([]);
  });

  it('contain every referrals key used in the code, including topics and kinds of service', () => {
    const used = new Set<string>();
    for (const text of libSources) {
      for (const match of text.matchAll(/'(referrals\.[A-Za-z_.]+)'/g)) if (!match[1].endsWith('.')) used.add(match[1]);
    }
    const dynamic = [...REFERRAL_TOPICS.map((t) => `referrals.topics.${t}`), ...PARTNER_CATEGORIES.map((c) => `referrals.categories.${c}`)];
    expect(used.size).toBeGreaterThan(60);
    expect([...used, ...dynamic].filter((key) => !(key in de))).toEqual([]);
  });

  it.each(['tr', 'ar', 'uk'])('has every text of the public page in %s, translated', (lang) => {
    const t = flatten(read(`referrals/${lang}.json`), 'referrals.');
    const publicKeys = Object.keys(de).filter((k) => /^referrals\.(public|categories|contact)\./.test(k));
    expect(publicKeys.filter((k) => !t[k]?.trim())).toEqual([]);
    // Words that really are the same (Turkish "Telefon") are listed here.
    const same = new Set(['tr:referrals.contact.phone']);
    expect(publicKeys.filter((k) => (t[k] === de[k] || t[k] === en[k]) && !same.has(`${lang}:${k}`))).toEqual([]);
    // The public page's code uses only these groups, so nothing on it falls back to German.
    const page =
      readFileSync(resolve(__dirname, '../public/wegweiser.page.ts'), 'utf8') +
      readFileSync(resolve(__dirname, '../shared/partner-contact.component.ts'), 'utf8');
    const onPage = [...page.matchAll(/'(referrals\.[A-Za-z_.]+)'/g)].map((m) => m[1]).filter((k) => !k.endsWith('.'));
    expect(onPage.filter((k) => !(k in t))).toEqual([]);
  });

  it('use only root keys that exist (common texts, errors)', () => {
    const used = new Set<string>();
    for (const text of libSources)
      for (const match of text.matchAll(/'((?:common|errors|validation|nav)\.[A-Za-z_.]+)'/g)) used.add(match[1]);
    expect([...used].filter((key) => !(key in rootDe))).toEqual([]);
    expect(rootDe['nav.referrals']).toBe('Wegweiser');
    expect(rootDe['nav.referralFigures']).toBe('Bedarfsermittlung');
  });
});
