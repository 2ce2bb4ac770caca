import { StreamableFile } from '@nestjs/common';

/** A download: never rendered inline (stored uploads are untrusted content). */
export function attachment(file: { fileName: string; contentType: string; data: Buffer }): StreamableFile {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return new StreamableFile(file.data, {
    type: file.contentType,
    length: file.data.length,
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
}
