import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reasonText } from './reason-text';

const scope = (lang: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../../../apps/web/public/i18n/matching', `${lang}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
const de = scope('de');
const en = scope('en');

/** Transloco's lookup and {{param}} interpolation over the real scope files (keys "matching.<path>"). */
function translator(file: Record<string, unknown>) {
  return (key: string, params: Record<string, string | number> = {}): string => {
    let v: unknown = file;
    for (const part of key.replace(/^matching\./, '').split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
    return typeof v === 'string' ? v.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(params[k] ?? '')) : key;
  };
}

describe('reasonText (matching reasons in the UI language)', () => {
  const tEn = translator(en);
  const tDe = translator(de);

  it("shows an English reason for the engine's code and parameters", () => {
    expect(
      reasonText(
        { code: 'capacity.slot', params: { slot: '0|12:00|12:15', date: '2027-08-01' }, text: 'Mo 12:00–12:15 voll ab 01.08.2027' },
        tEn,
        'en-GB',
      ),
    ).toBe('Mon 12:00–12:15 full from 01/08/2027');
    expect(
      reasonText(
        { code: 'score.distance', params: { km: 1.2, max: 5 }, text: '1,2 km entfernt (gewünscht höchstens 5,0 km)' },
        tEn,
        'en-GB',
      ),
    ).toBe('1.2 km away (at most 5 km wanted)');
    expect(reasonText({ code: 'rule.times', params: { slots: '0|07:00|07:15,1|07:00|07:15', more: 1 }, text: '…' }, tEn, 'en-GB')).toBe(
      'care time not offered: Mon 07:00–07:15, Tue 07:00–07:15 …',
    );
    expect(
      reasonText(
        { code: 'NO_ELIGIBLE_CHILDMINDER', params: { km: 5, reachable: 7, age: 20, causes: 'times:6,age:1' }, text: '…' },
        tEn,
        'en-GB',
      ),
    ).toBe('no suitable childminder within 5 km (7 in reach, excluded by: care times 6×, age 20 months 1×)');
    expect(reasonText({ code: 'NO_CAPACITY', params: { slot: '4|15:45|16:00', n: 3, km: 5 }, text: '…' }, tEn, 'en-GB')).toBe(
      'no capacity Fri 15:45–16:00 at the suitable childminders within 5 km (3)',
    );
  });

  it('gives the German sentence from the same code, and the German text when there is no code or no translation', () => {
    expect(reasonText({ code: 'capacity.slot', params: { slot: '0|12:00|12:15', date: '2027-08-01' }, text: 'x' }, tDe, 'de-DE')).toBe(
      'Mo 12:00–12:15 voll ab 01.08.2027',
    );
    expect(reasonText({ code: 'score.distance', params: { km: 1.2, max: 5 }, text: 'x' }, tDe, 'de-DE')).toBe(
      '1,2 km entfernt (gewünscht höchstens 5 km)',
    );
    expect(reasonText({ text: 'alter Lauf: belegt' }, tEn, 'en-GB')).toBe('alter Lauf: belegt');
    expect(reasonText({ code: 'unknown.code', params: {}, text: 'unbekannt' }, tEn, 'en-GB')).toBe('unbekannt');
  });
});
