import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PermitDocumentData } from './permit-document-data';
import { reasoning, renderPermitPdf } from './render-permit-pdf';

const SAMPLE_PERMIT: PermitDocumentData = {
  office: {
    authority: 'Stadt Kamen',
    department: 'Familienbüro – Fachberatung Kindertagespflege',
    street: 'Rathausplatz 1',
    postcode: '59174',
    city: 'Kamen',
    phone: '02307 148-0',
    email: 'familienbuero@kamen.example',
    consultationHours: 'Mo 10–12, Mi 14–16, Do 15–17 Uhr',
  },
  permitNumber: 'KAM-2026-0042',
  fileNumber: '51.3-TPP-0007',
  issuedOn: '2026-11-25',
  place: 'Kamen',
  holder: {
    salutation: 'Herr',
    firstName: 'Jürgen',
    lastName: 'Weiß-Äöü',
    dateOfBirth: '1984-07-12',
    street: 'Nordstraße 12',
    postcode: '59174',
    city: 'Kamen',
  },
  careLocation: {
    kind: 'own_home',
    street: 'Nordstraße 12',
    postcode: '59174',
    city: 'Kamen',
    rooms: ['Spielzimmer (EG)', 'Schlafraum (EG)'],
  },
  maxChildren: 4,
  reasonForFewerChildren: 'Die Räume bieten Platz für höchstens vier Kinder.',
  validFrom: '2026-12-01',
  validUntil: '2031-11-30',
  conditions: ['Die Betreuung findet nur in den genannten Räumen im Erdgeschoss statt.', 'Der Gartenteich ist kindersicher abzudecken.'],
  kind: 'initial',
  legalBasis: '§ 43 SGB VIII in Verbindung mit §§ 21, 22 Kinderbildungsgesetz NRW (KiBiz).',
  dutiesToInform: ['Umzug oder Änderung der Räume', 'Änderungen im Haushalt', 'Erkrankungen', 'Ende der Tätigkeit'],
  legalRemedy: 'Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht erheben.',
  signatory: { name: 'Sabine Krüger', title: 'Fachberatung Kindertagespflege' },
};

// poppler-utils is installed by .ci/run and by npm test (see README, system packages).
describe('renderPermitPdf', () => {
  let pdf: Buffer;
  let file: string;
  beforeAll(async () => {
    pdf = await renderPermitPdf(SAMPLE_PERMIT);
    file = join(mkdtempSync(join(tmpdir(), 'permit-')), 'permit.pdf');
    writeFileSync(file, pdf);
  });

  it('produces a PDF/A-2b identified file', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('pdfaid:part>2<');
  });

  it('is deterministic: the same data give the same bytes', async () => {
    const again = await renderPermitPdf(SAMPLE_PERMIT);
    expect(createHash('sha256').update(again).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  it('reads back with number, holder with umlauts, address, children, dates and conditions', () => {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of [
      'KAM-2026-0042',
      'Jürgen Weiß-Äöü',
      'Nordstraße 12, 59174 Kamen',
      'höchstens 4',
      '01.12.2026',
      '30.11.2031',
      'Gartenteich ist kindersicher',
      'Rechtsbehelfsbelehrung',
      '§ 43 SGB VIII',
    ]) {
      expect(text).toContain(s);
    }
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain('DejaVuSans');
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((l) => / yes /.test(l)),
    ).toBe(true);
  });
});

describe('reasoning (issue 11: the letter states what was recorded)', () => {
  it('names the interview and the home visit with their dates', () => {
    const text = reasoning({
      checks: [
        { kind: 'home_visit', date: '2026-11-20' },
        { kind: 'interview', date: '2026-11-18' },
      ],
    });
    expect(text).toContain('im Eignungsgespräch am 18.11.2026 festgestellt');
    expect(text).toContain('beim Hausbesuch am 20.11.2026');
  });
  it('never claims an interview that was not recorded', () => {
    expect(reasoning({ checks: [{ kind: 'home_visit', date: '2026-11-20' }] })).not.toContain('Eignungsgespräch');
  });
});
