import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/**
 * Vacancies belong to their childminder; a placement and a proposal to both parties (the child's
 * parent, the childminder); matching runs to the office. For the access guard.
 */
export const PLACEMENT_ACCESS_FACTS = provideResourceFacts({
  vacancy: sqlFacts(
    'Freier Platz nicht gefunden.',
    `SELECT v.tenant_id, ARRAY[cm.user_id]::text[] AS owners FROM vacancy v JOIN childminder cm ON cm.id = v.childminder_id WHERE v.id = $1`,
  ),
  placement: sqlFacts(
    'Betreuungsverhältnis nicht gefunden.',
    `SELECT p.tenant_id, ARRAY[c.parent_id, cm.user_id]::text[] AS owners
       FROM placement p JOIN child c ON c.id = p.child_id JOIN childminder cm ON cm.id = p.childminder_id WHERE p.id = $1`,
  ),
  proposal: sqlFacts(
    'Vorschlag nicht gefunden.',
    `SELECT p.tenant_id, ARRAY[r.parent_id, cm.user_id]::text[] AS owners
       FROM proposal p JOIN care_request r ON r.id = p.care_request_id JOIN childminder cm ON cm.id = p.childminder_id WHERE p.id = $1`,
  ),
  matching_run: sqlFacts('Vermittlungslauf nicht gefunden.', `SELECT tenant_id, ARRAY[]::text[] AS owners FROM matching_run WHERE id = $1`),
});
