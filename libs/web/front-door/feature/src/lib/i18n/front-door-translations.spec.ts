import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHILDMINDER_STEPS, LAW_POINTS, PARENT_STEPS, SERVICES } from '../familienbuero/familienbuero.page';

/*
 * The scope `front-door` (apps/web/public/i18n/front-door/<lang>.json, keys `frontDoor.*`) is an
 * information page: complete in all five languages, really translated, every key the lib writes
 * present, and the root keys it uses present in every root file the shell ships.
 */

type Tree = { [key: string]: string | Tree };

const LANGS = ['de', 'en', 'tr', 'ar', 'uk'] as const;
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

const files = Object.fromEntries(LANGS.map((l) => [l, flatten(read(`front-door/${l}.json`), 'frontDoor.')])) as Record<
  (typeof LANGS)[number],
  Record<string, string>
>;
const de = files.de;
const libSources = sources(resolve(__dirname, '..')).map((f) => readFileSync(f, 'utf8'));
const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

describe('translations of the front-door scope', () => {
  it.each(LANGS.filter((l) => l !== 'de'))('%s has exactly the German keys, no empty text and the same placeholders', (lang) => {
    const other = files[lang];
    expect(Object.keys(other).sort()).toEqual(Object.keys(de).sort());
    expect(Object.entries(other).filter(([, v]) => !v.trim())).toEqual([]);
    expect(Object.keys(de).filter((k) => placeholders(de[k]).join() !== placeholders(other[k]).join())).toEqual([]);
  });

  it.each(['tr', 'ar', 'uk'] as const)('%s is really translated (no text left in German)', (lang) => {
    // "Telefon" is Turkish too.
    const sameWord = ['frontDoor.contact.phone'];
    expect(Object.keys(de).filter((k) => files[lang][k] === de[k] && !sameWord.includes(k))).toEqual([]);
  });

  it('writes Arabic in Arabic script and Ukrainian in Cyrillic', () => {
    const share = (texts: Record<string, string>, letters: RegExp) => {
      const all = Object.values(texts).join(' ');
      return (all.match(letters) ?? []).length / (all.match(/\p{L}/gu) ?? []).length;
    };
    expect(share(files.ar, /\p{Script=Arabic}/gu)).toBeGreaterThan(0.8);
    expect(share(files.uk, /\p{Script=Cyrillic}/gu)).toBeGreaterThan(0.8);
    expect(share(files.tr, /[çğıöşüÇĞİÖŞÜ]/gu)).toBeGreaterThan(0.03);
  });

  it('address German readers formally ("Sie", never "du")', () => {
    expect(Object.entries(de).filter(([, v]) => /\b(du|dein|deine|dich|dir)\b/i.test(v))).toEqual([]);
  });

  it('contain every frontDoor key used in the code, including the dynamic ones', () => {
    const used = new Set<string>();
    for (const text of libSources) {
      for (const match of text.matchAll(/'(frontDoor\.[A-Za-z_.]+)'/g)) {
        if (!match[1].endsWith('.')) used.add(match[1]);
      }
    }
    const dynamic = [
      ...SERVICES.flatMap((s) => [`frontDoor.services.items.${s.id}.title`, `frontDoor.services.items.${s.id}.text`]),
      ...PARENT_STEPS.map((s) => `frontDoor.howItWorks.parents.steps.${s}`),
      ...CHILDMINDER_STEPS.map((s) => `frontDoor.howItWorks.childminders.steps.${s}`),
      ...LAW_POINTS.map((s) => `frontDoor.howItWorks.childminders.law.${s}`),
    ];
    expect(used.size).toBeGreaterThan(40);
    expect([...used, ...dynamic].filter((key) => !(key in de))).toEqual([]);
    // … and nothing in the files that the page never shows.
    expect(Object.keys(de).filter((key) => !used.has(key) && !dynamic.includes(key))).toEqual([]);
  });

  it('use only root keys that every language ships (the shell files of tr, ar, uk are partial)', () => {
    const used = new Set<string>();
    for (const text of libSources) {
      for (const match of text.matchAll(/'((?:common|errors|validation|pages|footer)\.[A-Za-z_.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const rootFile = flatten(read(`${lang}.json`));
      expect([lang, [...used].filter((key) => !(key in rootFile))]).toEqual([lang, []]);
    }
  });
});
