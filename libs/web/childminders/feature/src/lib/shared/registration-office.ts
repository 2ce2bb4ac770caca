import { inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PublicOfficeApi } from '@lotse/web/childminders/data-access';

/**
 * The office a prospective childminder registers with, read from the server (GET
 * /api/public/office, the installation's `PUBLIC_TENANT_SLUG`): its slug (sent as `tenantSlug`),
 * districts (the select's options), contact, consultation hours and privacy notice.
 * Call in an injection context; `reload()` retries after a failure.
 */
export function registrationOfficeResource() {
  const api = inject(PublicOfficeApi);
  return rxResource({ stream: () => api.get() });
}
