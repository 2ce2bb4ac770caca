import type { EntityManager } from 'typeorm';
import { returnedRows } from './sql';

/**
 * Derived evidence data kept in step inside the caller's transaction:
 * - `current`: per childminder, type and person the item with the latest date (ties: the later
 *   recorded) is current; older ones stay as history.
 * - `childminder.next_expiry_on`: earliest expiry of the current acceptable items (sort "nextExpiry").
 * - `childminder.evidence_valid_until`: last day every mandatory entry is valid ('-infinity' while
 *   one is missing or not acceptable, NULL when none expires), so "missing evidence" is an
 *   indexable `< today` instead of a per-file rule check.
 */
export async function refreshCurrent(m: EntityManager, childminderId: string, type: string, personKey: string): Promise<string | null> {
  // Two statements: the unique index on current rows is checked row by row, so the old current
  // row must be cleared before the new one is set.
  await m.query(`UPDATE evidence_item SET current = false WHERE childminder_id = $1 AND type = $2 AND person_key = $3 AND current`, [
    childminderId,
    type,
    personKey,
  ]);
  const rows = returnedRows<{ id: string }>(
    await m.query(
      `UPDATE evidence_item SET current = true
        WHERE id = (SELECT id FROM evidence_item WHERE childminder_id = $1 AND type = $2 AND person_key = $3
                     ORDER BY date DESC, created_at DESC, id DESC LIMIT 1)
        RETURNING id`,
      [childminderId, type, personKey],
    ),
  );
  return rows[0]?.id ?? null;
}

/**
 * The SQL twin of the checklist's "complete" rule (only checked items count; measles protection
 * for those born after 1970 — MEASLES_BORN_FROM; good conduct
 * also per adult household member, matched by personKey = lower(trim(collapsed spaces))).
 */
export const EVIDENCE_SUMMARY_SQL = `
  UPDATE childminder c SET next_expiry_on = s.next, evidence_valid_until = s.valid_until
    FROM (SELECT c2.id,
                 (SELECT min(i.expires_on) FROM evidence_item i WHERE i.childminder_id = c2.id AND i.current AND i.acceptable) AS next,
                 (SELECT min(CASE WHEN i.id IS NULL THEN '-infinity'::date ELSE coalesce(i.expires_on, 'infinity'::date) END)
                    FROM evidence_rule r
                    CROSS JOIN LATERAL (
                      SELECT '' AS pk
                      UNION
                      SELECT lower(regexp_replace(trim(hm), '\\s+', ' ', 'g')) FROM unnest(c2.adult_household_members) AS hm WHERE r.per_household_member
                    ) p
                    LEFT JOIN evidence_item i
                      ON i.childminder_id = c2.id AND i.type = r.type AND i.person_key = p.pk AND i.current AND i.acceptable AND i.checked
                   WHERE r.tenant_id = c2.tenant_id AND r.mandatory
                     AND (r.applies_to = 'all' OR c2.date_of_birth >= DATE '1971-01-01')) AS valid_until
            FROM childminder c2 WHERE c2.id = ANY($1::uuid[])) s
   WHERE c.id = s.id
     AND (c.next_expiry_on IS DISTINCT FROM s.next OR c.evidence_valid_until IS DISTINCT FROM s.valid_until)`;

/**
 * Recomputes whether an item is checked: recorded by staff or the system, its original inspected
 * (`confirmed_at`), or a document of it confirmed. Called after every review.
 */
export async function refreshChecked(m: EntityManager, itemId: string): Promise<void> {
  await m.query(
    `UPDATE evidence_item i SET checked = (
            i.recorded_by IS NULL OR i.confirmed_at IS NOT NULL
         OR EXISTS (SELECT 1 FROM app_user u WHERE u.id = i.recorded_by AND u.role IN ('advisor','admin'))
         OR EXISTS (SELECT 1 FROM evidence_document d WHERE d.evidence_item_id = i.id AND d.status = 'confirmed'))
      WHERE i.id = $1`,
    [itemId],
  );
}

const CHUNK = 5000;

export async function refreshEvidenceSummary(m: EntityManager, childminderIds: string[]): Promise<void> {
  for (let k = 0; k < childminderIds.length; k += CHUNK) {
    await m.query(EVIDENCE_SUMMARY_SQL, [childminderIds.slice(k, k + CHUNK)]);
  }
}

/** After a rule change: every file of the tenant (a rule may have become mandatory for all). */
export async function refreshTenantEvidenceSummary(m: EntityManager, tenantId: string): Promise<void> {
  const rows: Array<{ id: string }> = await m.query(`SELECT id FROM childminder WHERE tenant_id = $1`, [tenantId]);
  await refreshEvidenceSummary(
    m,
    rows.map((r) => r.id),
  );
}
