import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/** A care request belongs to the parent who made it (and to the office's staff), for the access guard. */
export const CARE_REQUEST_ACCESS_FACTS = provideResourceFacts({
  care_request: sqlFacts(
    'Betreuungsanfrage nicht gefunden.',
    `SELECT tenant_id, ARRAY[parent_id]::text[] AS owners FROM care_request WHERE id = $1`,
  ),
});
