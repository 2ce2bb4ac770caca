import type { FieldError } from '@lotse/shared/contracts';
import { apiError } from '@lotse/server/core';

/** German answers for refused uploads; `file` is the multipart field. */
export const UPLOAD_FIELD = 'file';

/** "10 MB", "1,5 MB", "512 KB" (German decimal comma). */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${`${Math.round(mb * 10) / 10}`.replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const uploadErrors = {
  missing: () =>
    apiError(400, 'Bitte eine Datei hochladen (multipart/form-data, Feld „file“).', [
      { field: UPLOAD_FIELD, message: 'Bitte eine Datei auswählen.', code: 'required' },
    ]),
  empty: () => apiError(400, 'Die Datei ist leer.', [{ field: UPLOAD_FIELD, message: 'Die Datei ist leer.', code: 'fileEmpty' }]),
  tooLarge: (maxBytes: number) => {
    const message = `Die Datei ist zu groß. Erlaubt sind höchstens ${formatSize(maxBytes)}.`;
    return apiError(413, message, [{ field: UPLOAD_FIELD, message, code: 'fileSize' } satisfies FieldError]);
  },
  wrongType: () => {
    const message = 'Dieses Dateiformat wird nicht angenommen. Bitte laden Sie eine PDF-, JPEG- oder PNG-Datei hoch.';
    return apiError(415, message, [{ field: UPLOAD_FIELD, message, code: 'fileType' }]);
  },
  malformed: () =>
    apiError(400, 'Die hochgeladene Datei ist unvollständig oder fehlerhaft übertragen worden. Bitte versuchen Sie es erneut.', [
      { field: UPLOAD_FIELD, message: 'Die Übertragung ist fehlgeschlagen.', code: 'multipart' },
    ]),
  unexpectedField: () =>
    apiError(400, 'Bitte genau eine Datei im Feld „file“ senden.', [
      { field: UPLOAD_FIELD, message: 'Bitte genau eine Datei im Feld „file“ senden.', code: 'unexpectedField' },
    ]),
};
