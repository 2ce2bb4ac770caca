import { APPOINTMENT_TOPICS, BOOKER_ROLES, BOOKING_LOCALES } from '@lotse/shared/contracts/values';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * The scope `appointments`: German and English complete and alike; the public pages' texts (all
 * but the staff keys `day.*`, `create.*`) in all five booking languages with the same placeholders;
 * every `appointments.*` key the lib writes exists.
 */
type Tree = { [key: string]: string | Tree };
const root = resolve(__dirname, '../../../../../../..');
const read = (lang: string): Record<string, string> =>
  flatten(JSON.parse(readFileSync(join(root, 'apps/web/public/i18n/appointments', `${lang}.json`), 'utf8')), 'appointments.');

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
    return /\.ts$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const STAFF = /^appointments\.(day|create)\./;
const placeholders = (s: string) => (s.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
const de = read('de');

describe('translations of the appointments scope', () => {
  it('German and English have the same keys and placeholders, none empty', () => {
    const en = read('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const [k, v] of Object.entries(de)) {
      expect(v.trim()).not.toBe('');
      expect([k, placeholders(en[k])]).toEqual([k, placeholders(v)]);
    }
  });

  it.each(BOOKING_LOCALES.filter((l) => l !== 'de' && l !== 'en'))('%s has every public text with the same placeholders', (lang) => {
    const t = read(lang);
    const publicKeys = Object.keys(de)
      .filter((k) => !STAFF.test(k))
      .sort();
    expect(Object.keys(t).sort()).toEqual(publicKeys);
    for (const k of publicKeys) {
      expect(t[k].trim()).not.toBe('');
      expect([k, placeholders(t[k])]).toEqual([k, placeholders(de[k])]);
    }
  });

  it('has a text for every role and topic, and every key the pages use', () => {
    for (const r of BOOKER_ROLES) expect(de[`appointments.roles.${r}`]).toBeTruthy();
    for (const t of APPOINTMENT_TOPICS) expect(de[`appointments.topics.${t}`]).toBeTruthy();
    const used = sources(resolve(__dirname, '..'))
      .map((f) => readFileSync(f, 'utf8'))
      .flatMap((src) => src.match(/'appointments\.[a-zA-Z.]+[a-zA-Z]'/g) ?? [])
      .map((k) => k.slice(1, -1));
    const missing = [...new Set(used)].filter((k) => !(k in de));
    expect(missing).toEqual([]);
  });
});
