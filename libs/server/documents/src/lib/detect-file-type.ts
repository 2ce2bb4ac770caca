import type { UploadContentType } from '@lotse/shared/contracts';

/**
 * The type of an upload, decided by its first bytes (magic numbers), never by its name or the
 * client's Content-Type header: an .exe renamed to .pdf stays an .exe.
 *
 * Why not the `file-type` package (the usual choice): it is ESM-only, and our jest runs CommonJS
 * (ts-jest); three signatures are all we accept, so a small, tested function is the safer choice.
 *
 * - PDF:  `%PDF-` (25 50 44 46 2D). Readers accept up to 1024 leading bytes before it, but a
 *         document that needs that tolerance is not one we want to store; we require it at 0.
 * - JPEG: FF D8 FF (SOI marker followed by the next marker's FF).
 * - PNG:  89 50 4E 47 0D 0A 1A 0A (the full 8-byte signature).
 */
const SIGNATURES: Array<{ type: UploadContentType; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function detectFileType(data: Uint8Array | null | undefined): UploadContentType | null {
  if (!data) return null;
  for (const sig of SIGNATURES) {
    if (data.length >= sig.bytes.length && sig.bytes.every((b, i) => data[i] === b)) return sig.type;
  }
  return null;
}

export const FILE_EXTENSION: Record<UploadContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control or
 * quoting characters, at most 120 characters, and the extension of the detected type.
 */
export function safeFileName(original: string | undefined, type: UploadContentType): string {
  const ext = FILE_EXTENSION[type];
  const last = (original ?? '').split(/[\\/]/).pop() ?? '';
  const base = [...last.normalize('NFC').replace(/\.[^.]*$/, '')]
    // Control characters (< 0x20, 0x7f) and characters that break headers or paths.
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !`"'<>:|?*;%\\`.includes(ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'dokument'}.${ext}`;
}
