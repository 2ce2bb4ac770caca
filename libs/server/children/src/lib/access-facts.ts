import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/** A child's file belongs to its parent (and to the office's staff), for the access guard. */
export const CHILD_ACCESS_FACTS = provideResourceFacts({
  child: sqlFacts('Kind nicht gefunden.', `SELECT tenant_id, ARRAY[parent_id]::text[] AS owners FROM child WHERE id = $1`),
});
