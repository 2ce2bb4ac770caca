import { FormControl, type ValidatorFn } from '@angular/forms';
import { UPLOAD_MAX_BYTES } from '@lotse/web/childminders/data-access';
import { UPLOAD_CONTENT_TYPE_VALUES } from '@lotse/web/ui';

/** What the file input accepts: the API's types, by MIME type and extension (some systems send no type). */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,' + UPLOAD_CONTENT_TYPE_VALUES.join(',');

const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** "10 MB", "850 KB" (decimal comma in German). */
export function formatBytes(bytes: number, locale: string): string {
  const fmt = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${fmt(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${fmt(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * Quick checks before the upload (the server checks the bytes and stays authoritative):
 * PDF, JPEG or PNG by type or name, not empty, not larger than the limit.
 */
export function fileValidator(maxBytes = UPLOAD_MAX_BYTES, locale = 'de-DE'): ValidatorFn {
  return (control) => {
    const file = control.value as File | null;
    if (!file) return null;
    const typeOk = (UPLOAD_CONTENT_TYPE_VALUES as readonly string[]).includes(file.type) || (!file.type && EXTENSIONS.test(file.name));
    if (!typeOk) return { fileType: true };
    if (file.size === 0) return { fileEmpty: true };
    if (file.size > maxBytes) return { fileSize: { max: formatBytes(maxBytes, locale) } };
    return null;
  };
}

export function fileControl(required: boolean): FormControl<File | null> {
  return new FormControl<File | null>(null, required ? [(c) => (c.value ? null : { required: true }), fileValidator()] : [fileValidator()]);
}
