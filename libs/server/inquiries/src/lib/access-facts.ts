import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/** Inquiries and rota assignments belong to the office, for the access guard. */
export const INQUIRY_ACCESS_FACTS = provideResourceFacts({
  inquiry: sqlFacts('Anfrage nicht gefunden.', `SELECT tenant_id, ARRAY[]::text[] AS owners FROM inquiry WHERE id = $1`),
  rota_assignment: sqlFacts('Einteilung nicht gefunden.', `SELECT tenant_id, ARRAY[]::text[] AS owners FROM rota_assignment WHERE id = $1`),
});
