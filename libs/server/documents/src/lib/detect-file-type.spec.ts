import { detectFileType, safeFileName } from './detect-file-type';

const bytes = (...b: number[]) => Buffer.from(b);

describe('detectFileType (magic numbers)', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('application/pdf');
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46))).toBe('image/jpeg');
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00))).toBe('image/png');
  });

  it.each([
    ['a Windows executable (MZ) renamed .pdf', bytes(0x4d, 0x5a, 0x90, 0x00, 0x03)],
    ['plain text that mentions PDF', Buffer.from('this is not a %PDF- file')],
    ['a PDF signature not at the start', Buffer.from(' %PDF-1.4')],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a)],
    ['JPEG SOI without the next marker', bytes(0xff, 0xd8)],
    ['a GIF', Buffer.from('GIF89a')],
    ['a ZIP (docx)', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_what, data) => {
    expect(detectFileType(data)).toBeNull();
  });

  it('copes with null', () => expect(detectFileType(null)).toBeNull());
});

describe('safeFileName', () => {
  it('keeps a readable name with the extension of the detected type', () => {
    expect(safeFileName('Erste Hilfe Bescheinigung.PDF', 'application/pdf')).toBe('Erste Hilfe Bescheinigung.pdf');
    expect(safeFileName('scan.exe', 'image/png')).toBe('scan.png');
  });
  it('drops paths, quotes and control characters', () => {
    expect(safeFileName('..\\..\\windows/evil"name\u0000;.pdf', 'application/pdf')).toBe('evilname.pdf');
    expect(safeFileName('', 'image/jpeg')).toBe('dokument.jpg');
    expect(safeFileName(undefined, 'image/jpeg')).toBe('dokument.jpg');
  });
  it('shortens very long names', () => {
    expect(safeFileName(`${'ä'.repeat(500)}.pdf`, 'application/pdf')).toHaveLength(124);
  });
});

import { formatSize } from './upload-errors';

describe('formatSize', () => {
  it.each([
    [10 * 1024 * 1024, '10 MB'],
    [1.5 * 1024 * 1024, '1,5 MB'],
    [2048, '2 KB'],
    [100, '1 KB'],
  ])('%d bytes → %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));
});
