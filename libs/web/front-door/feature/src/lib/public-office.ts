import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { PublicOfficeDto } from '@lotse/shared/contracts';
import { handlesAll } from '@lotse/web/core';

/**
 * What the office publishes (GET /api/public/office: the installation's default office; with a
 * slug GET /api/public/offices/:slug): contact, consultation hours, access note. No session needed.
 * Failures are the page's to show (with a retry), so no snackbar. Call in an injection context.
 */
export function publicOfficeResource(slug: () => string | undefined) {
  const http = inject(HttpClient);
  return rxResource({
    params: () => ({ slug: slug() }),
    stream: ({ params }) =>
      http.get<PublicOfficeDto>(params.slug ? `/api/public/offices/${encodeURIComponent(params.slug)}` : '/api/public/office', {
        context: handlesAll(),
      }),
  });
}

/** `tel:` target of a printed number: "02307 148-0" → "023071480" (digits and a leading +). */
export function telHref(phone: string): string {
  return 'tel:' + phone.replace(/[^+\d]/g, '').replace(/(?!^)\+/g, '');
}
