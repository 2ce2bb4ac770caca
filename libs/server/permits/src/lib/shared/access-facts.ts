import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/** Permits and applications belong to their childminder (and to the office's staff), for the access guard. */
export const PERMIT_ACCESS_FACTS = provideResourceFacts({
  permit: sqlFacts(
    'Pflegeerlaubnis nicht gefunden.',
    `SELECT p.tenant_id, ARRAY[cm.user_id]::text[] AS owners FROM permit p JOIN childminder cm ON cm.id = p.childminder_id WHERE p.id = $1`,
  ),
  permit_application: sqlFacts(
    'Antrag nicht gefunden.',
    `SELECT a.tenant_id, ARRAY[cm.user_id]::text[] AS owners FROM permit_application a JOIN childminder cm ON cm.id = a.childminder_id WHERE a.id = $1`,
  ),
});
