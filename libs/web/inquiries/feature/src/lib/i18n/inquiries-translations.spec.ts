import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOUSE_SERVICES, INQUIRY_CHANNELS, INQUIRY_STATUSES } from '@lotse/shared/contracts/values';

type Tree = { [key: string]: string | Tree };
const root = resolve(__dirname, '../../../../../../..');
const load = (lang: string): Record<string, string> =>
  flatten(JSON.parse(readFileSync(join(root, 'apps/web/public/i18n/inquiries', `${lang}.json`), 'utf8')));
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>(
    (acc, [k, v]) => (typeof v === 'string' ? { ...acc, [prefix + k]: v } : { ...acc, ...flatten(v, `${prefix}${k}.`) }),
    {},
  );
}
const placeholders = (t: string) =>
  (t.match(/{{\s*\w+\s*}}/g) ?? [])
    .map((p) => p.replace(/\s/g, ''))
    .sort()
    .join();

describe('inquiries translations', () => {
  const de = load('de');
  const en = load('en');

  it('have the same keys and placeholders in German and English, and no empty texts', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(Object.keys(de).filter((k) => placeholders(de[k]) !== placeholders(en[k]))).toEqual([]);
    expect(Object.entries({ ...de, ...en }).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('name every service, channel and status', () => {
    for (const s of HOUSE_SERVICES) expect(de[`services.${s}`]).toBeTruthy();
    for (const c of INQUIRY_CHANNELS) expect(de[`channels.${c}`]).toBeTruthy();
    for (const s of INQUIRY_STATUSES) expect(de[`status.${s}`]).toBeTruthy();
  });

  it.each(['tr', 'ar', 'uk'])('%s covers the public contact form completely (the staff pages stay de/en)', (lang) => {
    const t = load(lang);
    const publicKeys = Object.keys(de).filter((k) => k.startsWith('contact.') || k.startsWith('services.'));
    expect(publicKeys.filter((k) => !t[k]?.trim())).toEqual([]);
    expect(Object.keys(t).filter((k) => !(k in de))).toEqual([]);
    expect(publicKeys.filter((k) => placeholders(t[k]) !== placeholders(de[k]))).toEqual([]);
  });

  it('contain every key the pages use literally', () => {
    const dir = join(root, 'libs/web/inquiries/feature/src/lib');
    const files = [
      'public/contact.page.ts',
      'staff/inquiry-queue.page.ts',
      'staff/new-inquiry.page.ts',
      'staff/inquiry-detail.page.ts',
      'rota/rota-plan.page.ts',
      'rota/my-turns.page.ts',
      'presentation.ts',
      'inquiries.routes.ts',
    ];
    const used = new Set<string>();
    for (const f of files)
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'inquiries\.([A-Za-z_.]+[A-Za-z_])'/g)) used.add(m[1]);
    expect([...used].filter((k) => !(k in de)).sort()).toEqual([]);
  });
});
