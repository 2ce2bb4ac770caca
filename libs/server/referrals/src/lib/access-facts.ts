import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/** The partner directory belongs to the office, for the access guard. */
export const REFERRAL_ACCESS_FACTS = provideResourceFacts({
  partner_service: sqlFacts('Partner nicht gefunden.', `SELECT tenant_id, ARRAY[]::text[] AS owners FROM partner_service WHERE id = $1`),
});
