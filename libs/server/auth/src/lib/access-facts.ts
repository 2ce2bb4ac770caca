import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/** An account belongs to its user (and is visible to the office's staff), for the access guard. */
export const USER_ACCESS_FACTS = provideResourceFacts({
  user: sqlFacts('Benutzer nicht gefunden.', `SELECT tenant_id, ARRAY[id]::text[] AS owners FROM app_user WHERE id = $1`),
});
