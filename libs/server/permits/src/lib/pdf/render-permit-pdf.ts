import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PermitDocumentData } from './permit-document-data';

// DejaVu Sans: embedded (PDF/A needs embedded fonts) and complete for German and the names of
// families from everywhere (ß, umlauts, Turkish ı ş ğ, Polish ł …), which Helvetica is not.
// createRequire: a bundler rewrites a bare require.resolve() into a module id; this stays a path.
const nodeRequire = createRequire(__filename);
const FONT_DIR = join(nodeRequire.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');

// fontkit has no type declarations; pdfkit accepts any object with `layout()` as a parsed font.
const fontkit = nodeRequire('fontkit') as { create(buf: Buffer): FontkitFont };

// Parsing DejaVu takes longer than laying out a whole permit: parse once per process and share
// the parsed fonts between documents (pdfkit ≥ 0.17 takes a fontkit font object).
const REGULAR = 'DejaVuSans';
let fonts: { regular: unknown; bold: unknown } | undefined;
/** The reasoning names only what was recorded: the interview and the home visit with their dates. */
export function reasoning(d: Pick<PermitDocumentData, 'checks'>): string {
  if (!d.checks) {
    return 'Sie sind für die Kindertagespflege geeignet (§ 43 Abs. 2 SGB VIII): Persönlichkeit, Sachkompetenz und Kooperationsbereitschaft wurden im Eignungsgespräch festgestellt, die Räume beim Hausbesuch als kindgerecht beurteilt, die erforderlichen Nachweise liegen vor.';
  }
  const interview = d.checks.find((c) => c.kind === 'interview');
  const visit = d.checks.find((c) => c.kind === 'home_visit');
  const parts = [
    ...(interview
      ? [
          `Persönlichkeit, Sachkompetenz und Kooperationsbereitschaft wurden im Eignungsgespräch am ${formatDateDe(interview.date)} festgestellt`,
        ]
      : []),
    ...(visit ? [`die Räume beim Hausbesuch am ${formatDateDe(visit.date)} als kindgerecht beurteilt`] : []),
    'die erforderlichen Nachweise liegen vor',
  ];
  return `Sie sind für die Kindertagespflege geeignet (§ 43 Abs. 2 SGB VIII): ${parts.join(', ')}.`;
}

function loadFonts() {
  fonts ??= {
    regular: withLayoutCache(fontkit.create(readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')))),
    bold: withLayoutCache(fontkit.create(readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')))),
  };
  return fonts;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface FontkitFont {
  layout(text: string, features?: unknown): { glyphs: unknown[]; positions: Position[] };
}

/**
 * OpenType shaping (fontkit `layout`) is most of the render time, and permits repeat the same
 * words (legal texts, labels). pdfkit keeps its word cache per document; this keeps one per
 * process. pdfkit scales the positions it gets in place, so every caller gets fresh copies.
 */
function withLayoutCache(font: FontkitFont): FontkitFont {
  const cache = new Map<string, { glyphs: unknown[]; positions: Position[] }>();
  const layout = (text: string, features?: unknown) => {
    const key = features ? `${text}\u0000${JSON.stringify(features)}` : text;
    let hit = cache.get(key);
    if (!hit) {
      const run = font.layout(text, features);
      hit = {
        glyphs: run.glyphs,
        positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
      };
      if (cache.size < 50_000) cache.set(key, hit);
    }
    return {
      glyphs: hit.glyphs,
      positions: hit.positions.map((p) => ({ ...p })),
      get advanceWidth() {
        let w = 0;
        for (const p of this.positions) w += p.xAdvance;
        return w;
      },
    };
  };
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

const MM = 72 / 25.4;
const LEFT = 25 * MM;
const RIGHT_EDGE = 595.28 - 20 * MM;
const WIDTH = RIGHT_EDGE - LEFT;

export function formatDateDe(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

const LOCATION_KIND: Record<PermitDocumentData['careLocation']['kind'], string> = {
  own_home: 'im eigenen Haushalt der Tagespflegeperson',
  other_rooms: 'in anderen geeigneten Räumen',
  large_day_care: 'in einer Großtagespflegestelle',
};

/**
 * Renders the permit as an A4 letter (DIN 5008 layout: letterhead, address window, information
 * block), PDF/A-2b with embedded fonts and tagged structure. Deterministic: the same data give
 * the same bytes (creation date = decision date), so a re-rendered version hashes the same.
 */
export function renderPermitPdf(data: PermitDocumentData): Promise<Buffer> {
  const created = new Date(`${data.issuedOn}T12:00:00Z`);
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    // Our font as the default, so pdfkit does not load Helvetica's metrics for every document.
    font: regular as never,
    size: 'A4',
    margins: { top: 20 * MM, bottom: 25 * MM, left: LEFT, right: 20 * MM },
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: `Pflegeerlaubnis ${data.permitNumber}`,
      Author: `${data.office.authority} – ${data.office.department}`,
      Subject: `Erlaubnis zur Kindertagespflege gemäß § 43 SGB VIII für ${data.holder.firstName} ${data.holder.lastName}`,
      Keywords: `Pflegeerlaubnis; ${data.permitNumber}; ${data.fileNumber}`,
      Creator: 'Lotse',
      Producer: 'Lotse (pdfkit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  // The default font is DejaVuSans already: name it by its family instead of registering it a
  // second time (pdfkit would compare the two fonts' name tables on every switch).
  doc.registerFont('Bold', bold as never);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  letterhead(doc, data);
  addressWindow(doc, data);
  infoBlock(doc, data);
  body(doc, data);
  footers(doc, data);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function letterhead(doc: Doc, d: PermitDocumentData): void {
  doc
    .font('Bold')
    .fontSize(15)
    .fillColor('#1a3a5c')
    .text(d.office.authority, LEFT, 15 * MM, { width: WIDTH, align: 'right' });
  doc.font(REGULAR).fontSize(9.5).fillColor('#1a3a5c').text(d.office.department, { width: WIDTH, align: 'right' });
  doc
    .moveTo(LEFT, 33 * MM)
    .lineTo(RIGHT_EDGE, 33 * MM)
    .lineWidth(0.8)
    .strokeColor('#1a3a5c')
    .stroke();
  doc.fillColor('black');
}

function addressWindow(doc: Doc, d: PermitDocumentData): void {
  const top = 45 * MM;
  doc
    .font(REGULAR)
    .fontSize(7)
    .fillColor('#444444')
    .text(`${d.office.authority} · ${d.office.street} · ${d.office.postcode} ${d.office.city}`, LEFT, top, {
      width: 85 * MM,
      underline: true,
    });
  doc.fillColor('black').fontSize(10.5).moveDown(0.8);
  const h = d.holder;
  const lines = [h.salutation ?? '', `${h.firstName} ${h.lastName}`, h.street, `${h.postcode} ${h.city}`].filter(Boolean);
  doc.text(lines.join('\n'), LEFT, top + 5 * MM, { width: 85 * MM });
}

function infoBlock(doc: Doc, d: PermitDocumentData): void {
  const x = 118 * MM;
  const rows: Array<[string, string]> = [
    ['Aktenzeichen', d.fileNumber],
    ['Erlaubnis-Nr.', d.permitNumber],
    ['Datum', formatDateDe(d.issuedOn)],
    ['Telefon', d.office.phone],
    ['E-Mail', d.office.email],
  ];
  let y = 45 * MM;
  for (const [k, v] of rows) {
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor('#444444')
      .text(k, x, y, { width: 22 * MM });
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .fillColor('black')
      .text(v, x + 22 * MM, y, { width: RIGHT_EDGE - x - 22 * MM, lineBreak: false });
    y += 5 * MM;
  }
  if (d.office.consultationHours) {
    doc
      .font(REGULAR)
      .fontSize(7.5)
      .fillColor('#444444')
      .text(`Offene Sprechzeiten: ${d.office.consultationHours}`, x, y + 1 * MM, { width: RIGHT_EDGE - x });
  }
  doc.fillColor('black');
}

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.7).font('Bold').fontSize(10.5).text(text, LEFT, undefined, { width: WIDTH });
  doc.moveDown(0.2).font(REGULAR).fontSize(10);
}

function field(doc: Doc, label: string, value: string): void {
  const y = doc.y;
  doc
    .font(REGULAR)
    .fontSize(9)
    .fillColor('#333333')
    .text(label, LEFT, y, { width: 55 * MM });
  const afterLabel = doc.y;
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor('black')
    .text(value, LEFT + 57 * MM, y, { width: WIDTH - 57 * MM });
  doc.y = Math.max(doc.y, afterLabel) + 2;
}

function body(doc: Doc, d: PermitDocumentData): void {
  const kind = d.kind === 'renewal' ? ' (Verlängerung)' : d.kind === 'amendment' ? ' (Änderung)' : '';
  doc
    .font('Bold')
    .fontSize(12)
    .text(`Erlaubnis zur Kindertagespflege gemäß § 43 SGB VIII${kind}`, LEFT, 100 * MM, { width: WIDTH });
  doc.moveDown(1).font(REGULAR).fontSize(10);
  const greeting =
    d.holder.salutation === 'Frau'
      ? `Sehr geehrte Frau ${d.holder.lastName},`
      : d.holder.salutation === 'Herr'
        ? `Sehr geehrter Herr ${d.holder.lastName},`
        : `Guten Tag ${d.holder.firstName} ${d.holder.lastName},`;
  doc.text(greeting, { width: WIDTH }).moveDown(0.6);
  const replaces = d.replacesPermitNumber ? ` Sie ersetzt die Erlaubnis Nr. ${d.replacesPermitNumber}.` : '';
  doc.text(
    `auf Ihren Antrag erteile ich Ihnen die Erlaubnis, Kinder ${LOCATION_KIND[d.careLocation.kind]} während des Tages zu betreuen (Kindertagespflege).${replaces}`,
    { width: WIDTH, align: 'justify' },
  );

  heading(doc, 'Inhalt der Erlaubnis');
  field(doc, 'Inhaberin / Inhaber', `${d.holder.firstName} ${d.holder.lastName}, geboren am ${formatDateDe(d.holder.dateOfBirth)}`);
  field(doc, 'Wohnanschrift', `${d.holder.street}, ${d.holder.postcode} ${d.holder.city}`);
  const site = d.careLocation.siteName ? `${d.careLocation.siteName}, ` : '';
  field(doc, 'Ort der Kindertagespflege', `${site}${d.careLocation.street}, ${d.careLocation.postcode} ${d.careLocation.city}`);
  field(doc, 'Räume', d.careLocation.rooms.length ? d.careLocation.rooms.join(', ') : 'die beim Hausbesuch geprüften Räume');
  field(doc, 'Gleichzeitig anwesende Kinder', `höchstens ${d.maxChildren} (${numberWord(d.maxChildren)}) fremde Kinder`);
  field(doc, 'Gültig', `vom ${formatDateDe(d.validFrom)} bis zum ${formatDateDe(d.validUntil)}`);

  heading(doc, 'Nebenbestimmungen');
  if (d.conditions.length === 0) doc.text('Keine.', { width: WIDTH });
  d.conditions.forEach((c, i) => doc.text(`${i + 1}. ${c}`, LEFT, undefined, { width: WIDTH, align: 'justify' }));

  heading(doc, 'Begründung');
  doc.text(reasoning(d), { width: WIDTH, align: 'justify' });
  if (d.maxChildren < 5 && d.reasonForFewerChildren) {
    doc
      .moveDown(0.3)
      .text(`Die Erlaubnis wird für weniger als fünf Kinder erteilt: ${d.reasonForFewerChildren}`, { width: WIDTH, align: 'justify' });
  }

  heading(doc, 'Rechtsgrundlage');
  doc.text(d.legalBasis, { width: WIDTH, align: 'justify' });

  heading(doc, 'Ihre Mitteilungspflichten (§ 43 Abs. 3 Satz 6 SGB VIII)');
  doc.text('Bitte teilen Sie uns unverzüglich wichtige Ereignisse mit, die für die Betreuung der Kinder bedeutsam sind, insbesondere:', {
    width: WIDTH,
  });
  d.dutiesToInform.forEach((x) => doc.text(`• ${x}`, LEFT + 4 * MM, undefined, { width: WIDTH - 4 * MM }));

  heading(doc, 'Rechtsbehelfsbelehrung');
  doc.text(d.legalRemedy, LEFT, undefined, { width: WIDTH, align: 'justify' });

  doc.moveDown(1.2).text(`${d.place}, den ${formatDateDe(d.issuedOn)}`, { width: WIDTH });
  doc.moveDown(0.3).text('Im Auftrag', { width: WIDTH });
  doc.moveDown(1.6).font('Bold').text(d.signatory.name, { width: WIDTH });
  doc.font(REGULAR).text(d.signatory.title, { width: WIDTH });
}

function footers(doc: Doc, d: PermitDocumentData): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const y = 297 * MM - 15 * MM;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(REGULAR).fontSize(7.5).fillColor('#555555');
    doc.text(
      `${d.office.authority} · ${d.office.department} · ${d.office.street} · ${d.office.postcode} ${d.office.city} · ${d.office.phone} · ${d.office.email}`,
      LEFT,
      y,
      { width: WIDTH - 30 * MM, lineBreak: true },
    );
    doc.text(`Seite ${i + 1} von ${range.count}`, RIGHT_EDGE - 30 * MM, y, { width: 30 * MM, align: 'right' });
    doc.page.margins.bottom = bottom;
    doc.fillColor('black');
  }
}

function numberWord(n: number): string {
  return ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'][n] ?? String(n);
}
