import type { CapacityOfficeSettings, CapacityPlacement, PermitPeriod, WeeklyTime } from '@lotse/shared/domain';
import { DEFAULT_CAPACITY_SETTINGS, validateCapacitySettings } from '@lotse/shared/domain';
import { OfficeSettings } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';

/**
 * What the capacity engine needs about a childminder, read in the caller's transaction: her
 * permits, her placements, her Großtagespflege site and its other childminders' placements, the
 * office's limits. (Reads of the permit and evidence tables: the permits and childminders domains
 * do not offer these facts through a port yet.)
 */
export interface ChildminderCapacityFacts {
  childminderId: string;
  tenantId: string;
  status: string;
  name: string;
  permits: PermitPeriod[];
  placements: CapacityPlacement[];
  /** Großtagespflege: a stable key of the site and the other childminders' placements there. */
  site: { key: string; childminderIds: string[]; placements: CapacityPlacement[] } | null;
  qualificationComplete: boolean;
  settings: CapacityOfficeSettings;
}

/** Units of a complete qualification (QHB 300 UE; KiBiz §21: complete at the latest from the second child). */
const QUALIFICATION_COMPLETE_UNITS = 300;

/** The office's limits (read through the office library; invalid stored values give the defaults, never wider limits). */
export async function officeCapacitySettings(m: EntityManager, tenantId: string): Promise<CapacityOfficeSettings> {
  const stored = await OfficeSettings.capacity(m, tenantId);
  // Belt and braces: the domain's own legal check too, so a schema change can never widen capacity.
  return validateCapacitySettings(stored).length ? { ...DEFAULT_CAPACITY_SETTINGS } : stored;
}

interface PermitRow {
  valid_from: string;
  valid_until: string;
  max_children: number;
  status: string;
  revoked_on: string | null;
  care_location: { kind: string; siteName: string | null; street: string; postcode: string };
}

function periods(rows: PermitRow[]): PermitPeriod[] {
  const out: PermitPeriod[] = [];
  for (const p of rows) {
    let until = p.valid_until;
    if (p.status === 'revoked') {
      if (!p.revoked_on) continue;
      // A revoked permit ends the day before the revocation takes effect.
      const d = new Date(`${p.revoked_on}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 1);
      until = d.toISOString().slice(0, 10);
      if (until < p.valid_from) continue;
    }
    out.push({ validFrom: p.valid_from, validUntil: until, maxChildren: p.max_children });
  }
  return out;
}

const siteKeyOf = (tenantId: string, loc: PermitRow['care_location']) =>
  loc.siteName?.trim()
    ? `${tenantId}:name:${loc.siteName.trim().toLowerCase()}`
    : `${tenantId}:addr:${loc.postcode}:${loc.street.trim().toLowerCase()}`;

async function placementsOf(m: EntityManager, childminderIds: string[]): Promise<CapacityPlacement[]> {
  if (childminderIds.length === 0) return [];
  const rows: Array<{
    id: string;
    child_id: string;
    childminder_id: string;
    start_on: string;
    end_on: string | null;
    schedule: WeeklyTime[];
  }> = await m.query(
    `SELECT id, child_id, childminder_id, to_char(start_on, 'YYYY-MM-DD') AS start_on, to_char(end_on, 'YYYY-MM-DD') AS end_on, schedule
       FROM placement WHERE childminder_id = ANY($1::uuid[])`,
    [childminderIds],
  );
  return rows.map((r) => ({
    id: r.id,
    childId: r.child_id,
    childminderId: r.childminder_id,
    from: r.start_on,
    until: r.end_on,
    schedule: r.schedule,
  }));
}

export async function loadCapacityFacts(
  m: EntityManager,
  tenantId: string,
  childminderId: string,
  today: string,
): Promise<ChildminderCapacityFacts | null> {
  const [cm]: Array<{ id: string; status: string; name: string }> = await m.query(
    `SELECT id, status, concat_ws(' ', first_name, last_name) AS name FROM childminder WHERE id = $1 AND tenant_id = $2`,
    [childminderId, tenantId],
  );
  if (!cm) return null;
  const permitRows: PermitRow[] = await m.query(
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, max_children, status,
            to_char(revoked_on, 'YYYY-MM-DD') AS revoked_on, care_location
       FROM permit WHERE childminder_id = $1 AND status IN ('issued', 'expired', 'revoked') ORDER BY valid_from`,
    [childminderId],
  );
  const current = [...permitRows].reverse().find((p) => p.status === 'issued' && p.valid_until >= today) ?? null;
  let site: ChildminderCapacityFacts['site'] = null;
  if (current?.care_location.kind === 'large_day_care') {
    const key = siteKeyOf(tenantId, current.care_location);
    const others: Array<{ childminder_id: string; care_location: PermitRow['care_location'] }> = await m.query(
      `SELECT DISTINCT ON (childminder_id) childminder_id, care_location FROM permit
        WHERE tenant_id = $1 AND childminder_id <> $2 AND status = 'issued' AND valid_until >= $3 AND care_location->>'kind' = 'large_day_care'
        ORDER BY childminder_id, valid_from DESC`,
      [tenantId, childminderId, today],
    );
    const ids = others.filter((o) => siteKeyOf(tenantId, o.care_location) === key).map((o) => o.childminder_id);
    site = { key, childminderIds: ids, placements: await placementsOf(m, ids) };
  }
  const [qual]: Array<{ units: number | null }> = await m.query(
    `SELECT units FROM evidence_item WHERE childminder_id = $1 AND type = 'qualification_course' AND current AND acceptable`,
    [childminderId],
  );
  return {
    childminderId,
    tenantId,
    status: cm.status,
    name: cm.name,
    permits: periods(permitRows),
    placements: await placementsOf(m, [childminderId]),
    site,
    qualificationComplete: (qual?.units ?? 0) >= QUALIFICATION_COMPLETE_UNITS,
    settings: await officeCapacitySettings(m, tenantId),
  };
}
