import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  AUDIT_ACTION_VALUES,
  CARE_LOCATION_TYPE_VALUES,
  CHILDMINDER_STATUS_VALUES,
  DOCUMENT_REVIEW_STATUS_VALUES,
  EVIDENCE_STATUS_VALUES,
  EVIDENCE_TYPE_VALUES,
  LOCALE_VALUES,
  ROLE_VALUES,
  TIMELINE_EVENT_TYPE_VALUES,
} from '@lotse/web/ui';

/*
 * The translation files must be complete: the same keys in both languages, no empty texts, and
 * every key written literally in the web code present. Dynamic keys (`'roles.' + role`) are
 * checked through their known values below.
 */

type Tree = { [key: string]: string | Tree };

const root = resolve(__dirname, '../../../..');
const load = (lang: string): Tree => JSON.parse(readFileSync(join(root, 'apps/web/public/i18n', `${lang}.json`), 'utf8'));

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
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const de = flatten(load('de'));
const en = flatten(load('en'));
/** Scoped files (`i18n/<scope>/<lang>.json`, keys `<scope>.<key>`) are checked in full by their feature's spec. */
const i18nDir = join(root, 'apps/web/public/i18n');
/** A scope's keys are addressed with its camel-cased name: `front-door/de.json` → `frontDoor.*`. */
const alias = (scope: string) => scope.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const scopedDe: Record<string, string> = Object.assign(
  {},
  ...readdirSync(i18nDir)
    .filter((name) => statSync(join(i18nDir, name)).isDirectory())
    .map((scope) => flatten(load(`${scope}/de`), `${alias(scope)}.`)),
);

/**
 * The information languages translate the shell (toolbar, skip link, language names, footer, page
 * titles of the public pages, common messages); everything else falls back to German.
 */
const INFORMATION_LANGS = ['tr', 'ar', 'uk'] as const;
const SHELL_KEYS = [
  'app.name',
  ...Object.keys(de).filter((k) => /^(shell|lang|footer|pages|errors)\./.test(k)),
  'common.loading',
  'common.retry',
  'common.close',
  'common.back',
  'common.requiredNote',
  'common.opensInNewTab',
  'validation.required',
  'validation.email',
  'validation.maxLength',
  'validation.minLength',
  'validation.phone',
  'validation.invalid',
];

describe('translations', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('have no empty texts', () => {
    expect(Object.entries({ ...de }).filter(([, v]) => !v.trim())).toEqual([]);
    expect(Object.entries({ ...en }).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    const mismatched = Object.keys(de).filter((k) => placeholders(de[k]).join() !== placeholders(en[k] ?? '').join());
    expect(mismatched).toEqual([]);
  });

  it.each(INFORMATION_LANGS)('translate the shell into %s, with German keys only, no empty texts, the same placeholders', (lang) => {
    const info = flatten(load(lang));
    expect(SHELL_KEYS.filter((k) => !(k in info))).toEqual([]);
    expect(Object.keys(info).filter((k) => !(k in de))).toEqual([]);
    expect(Object.entries(info).filter(([, v]) => !v.trim())).toEqual([]);
    const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    expect(Object.keys(info).filter((k) => placeholders(info[k]).join() !== placeholders(de[k]).join())).toEqual([]);
    // Really translated: the chrome does not just repeat the German texts.
    expect(['shell.skipToContent', 'shell.language', 'footer.familienbuero', 'errors.network'].filter((k) => info[k] === de[k])).toEqual(
      [],
    );
  });

  it('name every UI language in its own language, the same in every file', () => {
    const names = { de: 'Deutsch', en: 'English', tr: 'Türkçe', ar: 'العربية', uk: 'Українська' };
    for (const lang of ['de', 'en', ...INFORMATION_LANGS]) {
      expect(load(lang)['lang']).toEqual(names);
    }
  });

  it('contain every key used in the web code', () => {
    const files = [...sources(join(root, 'apps/web/src')), ...sources(join(root, 'libs/web'))];
    const used = new Set<string>();
    const patterns = [
      /'([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)'\s*\|\s*transloco/g, // 'a.b' | transloco
      /\?\s*'([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)'\s*:\s*'([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)'\s*\)\s*\|\s*transloco/g, // (c ? 'a' : 'b') | transloco
      /(?:translate|success|error)\(\s*'([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)'/g, // translate('a.b'), notifier.error('a.b')
      /(?:labelKey|title|key):\s*'([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)'/g, // nav items, route titles, messages
      /return '(errors\.[A-Za-z]+)'/g,
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) {
          match.slice(1).forEach((key) => key && used.add(key));
        }
      }
    }
    const dynamic = [
      ...ROLE_VALUES.map((r) => `roles.${r}`),
      ...[...LOCALE_VALUES, ...INFORMATION_LANGS].map((l) => `lang.${l}`),
      ...AUDIT_ACTION_VALUES.map((a) => `audit.actions.${a}`),
      ...['ok', 'denied'].map((o) => `admin.audit.outcome.${o}`),
      ...['user', 'child', 'childminder', 'evidence_document', 'evidence_rule', 'permit', 'permit_application', 'tenant'].map(
        (t) => `audit.targets.${t}`,
      ),
      ...CHILDMINDER_STATUS_VALUES.map((s) => `childminders.status.${s}`),
      ...['standard', 'pedagogical_professional', 'dji_legacy'].map((v) => `childminders.qualification.variants.${v}`),
      ...CARE_LOCATION_TYPE_VALUES.map((t) => `childminders.careLocation.${t}`),
      ...TIMELINE_EVENT_TYPE_VALUES.map((t) => `childminders.timeline.types.${t}`),
      ...EVIDENCE_TYPE_VALUES.map((t) => `evidence.types.${t}`),
      ...EVIDENCE_STATUS_VALUES.map((s) => `evidence.status.${s}`),
      ...DOCUMENT_REVIEW_STATUS_VALUES.map((s) => `evidence.documentStatus.${s}`),
      ...['done', 'current', 'todo'].map((s) => `childminders.path.state.${s}`),
      ...['paused', 'ended'].map((s) => `childminders.path.side.${s}`),
      ...['all', 'born_after_1970'].map((a) => `admin.evidenceRules.appliesTo.${a}`),
      ...['move', 'care_location', 'household', 'illness', 'end_of_care', 'other'].map((e) => `recheck.event.${e}`),
      ...['profile_change', 'report'].map((s) => `recheck.source.${s}`),
      ...['amendment_started', 'no_change_needed', 'permit_revoked', 'other'].map((o) => `recheck.outcome.${o}`),
    ];
    const missing = [...used, ...dynamic].filter((key) => !(key in de) && !(key in scopedDe));
    expect(used.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
