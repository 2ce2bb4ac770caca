import { InjectionToken } from '@angular/core';

/**
 * The office a prospective childminder registers with: its slug (sent as `tenantSlug`) and its
 * districts (the select's options). The registration endpoint is public, but the tenant endpoint
 * (`GET /api/tenant`, with the districts) needs a session, and the API offers no public way to
 * read them; so the deployment's office is configured here (Stadt Kamen, the first customer).
 * The server checks both and answers a field error naming the valid districts if they drift.
 */
export interface RegistrationOffice {
  slug: string;
  districts: readonly string[];
}

export const REGISTRATION_OFFICE = new InjectionToken<RegistrationOffice>('REGISTRATION_OFFICE', {
  providedIn: 'root',
  factory: () => ({ slug: 'kamen', districts: ['Mitte', 'Methler', 'Heeren-Werve', 'Südkamen', 'Derne', 'Rottum'] }),
});
