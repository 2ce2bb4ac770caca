import { provideResourceFacts, sqlFacts } from '@lotse/server/core';
import { NOT_FOUND } from './childminder-access.service';

/** Who a childminder's file and a re-check task belong to, for the access guard. */
export const CHILDMINDER_ACCESS_FACTS = provideResourceFacts({
  childminder: sqlFacts(NOT_FOUND, `SELECT tenant_id, ARRAY[user_id]::text[] AS owners FROM childminder WHERE id = $1`),
  recheck_task: sqlFacts('Aufgabe nicht gefunden.', `SELECT tenant_id, ARRAY[]::text[] AS owners FROM recheck_task WHERE id = $1`),
});
