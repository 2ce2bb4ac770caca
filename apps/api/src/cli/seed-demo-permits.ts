import type { Childminder } from '@lotse/server/childminders';
import { KAMEN_TENANT } from '@lotse/server/core';
import { buildPermitDocumentData, careLocationOf, loadPermitConfig, nextPermitSequence, Permit } from '@lotse/server/permits';
import { formatPermitNumber, permitValidUntil, plusMonths, todayIn } from '@lotse/shared/domain';
import type { DataSource } from 'typeorm';

/**
 * Demo permits (idempotent): an issued permit for every active or paused demo file that has none
 * (its PDF is rendered by the worker through the outbox, as in real use), and an open application
 * for the file in the suitability check.
 */
export async function seedDemoPermits(ds: DataSource, now: Date = new Date()): Promise<number> {
  return ds.transaction(async (m) => {
    const [tenant] = await m.query(`SELECT id FROM tenant WHERE slug = $1`, [KAMEN_TENANT.slug]);
    if (!tenant) return 0;
    const [advisor] = await m.query(
      `SELECT id, first_name || ' ' || last_name AS name FROM app_user WHERE email = 'beratung1@kamen.example'`,
    );
    const today = todayIn('Europe/Berlin', now);
    const cfg = await loadPermitConfig(m, tenant.id);
    let created = 0;
    // Plain SQL: the CLI's DataSource carries migrations, not entities.
    const files: Childminder[] = await m.query(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", email, street, postcode, city,
              care_location_type AS "careLocationType", care_site_name AS "careSiteName", care_street AS "careStreet", care_postcode AS "carePostcode", care_city AS "careCity"
         FROM childminder WHERE tenant_id = $1 AND status IN ('active', 'paused') ORDER BY last_name`,
      [tenant.id],
    );
    for (const cm of files) {
      const has = await m.query(`SELECT 1 FROM permit WHERE childminder_id = $1`, [cm.id]);
      if (has.length) continue;
      const issuedOn = plusMonths(today, -14);
      const year = Number(issuedOn.slice(0, 4));
      const seq = await nextPermitSequence(m, tenant.id, year);
      const permit = {
        tenantId: tenant.id,
        childminderId: cm.id,
        applicationId: null,
        kind: 'initial',
        status: 'issued',
        number: formatPermitNumber(cfg.settings.numberPrefix, year, seq),
        numberYear: year,
        numberSeq: seq,
        maxChildren: 5,
        reasonForFewerChildren: null,
        rooms: [],
        conditions: [],
        careLocation: careLocationOf(cm),
        holder: {
          firstName: cm.firstName,
          lastName: cm.lastName,
          dateOfBirth: cm.dateOfBirth,
          street: cm.street,
          postcode: cm.postcode,
          city: cm.city,
          email: cm.email,
        },
        validFrom: issuedOn,
        validUntil: permitValidUntil(issuedOn, cfg.settings),
        decidedBy: advisor?.id ?? null,
        decidedAt: new Date(`${issuedOn}T10:00:00Z`),
        approvedBy: null,
        approvedAt: null,
        issuedBy: advisor?.id ?? null,
        issuedAt: new Date(`${issuedOn}T10:00:00Z`),
        revokedAt: null,
        revokedOn: null,
        revokedReason: null,
        revokedBy: null,
        replacesId: null,
        supersededById: null,
        documentData: null,
        documentId: null,
      } as unknown as Permit;
      const data = buildPermitDocumentData(permit, cfg, advisor?.name ?? 'Fachberatung', issuedOn, null);
      const [saved] = await m.query(
        `INSERT INTO permit (tenant_id, childminder_id, kind, status, number, number_year, number_seq, max_children, rooms, conditions, care_location, holder,
                             valid_from, valid_until, decided_by, decided_at, issued_by, issued_at, document_data)
         VALUES ($1,$2,'initial','issued',$3,$4,$5,$6,'{}','{}',$7,$8,$9,$10,$11,$12,$11,$12,$13) RETURNING id`,
        [
          tenant.id,
          cm.id,
          permit.number,
          year,
          seq,
          permit.maxChildren,
          JSON.stringify(permit.careLocation),
          JSON.stringify(permit.holder),
          permit.validFrom,
          permit.validUntil,
          advisor?.id ?? null,
          permit.issuedAt,
          JSON.stringify(data),
        ],
      );
      await m.query(
        `INSERT INTO outbox (tenant_id, queue, name, payload, job_id) VALUES ($1, 'documents', 'documents.render-permit', $2, $3) ON CONFLICT (job_id) DO NOTHING`,
        [tenant.id, JSON.stringify({ permitId: saved.id }), `permit-render.${saved.id}`],
      );
      created++;
    }
    const [inCheck] = await m.query(
      `SELECT id FROM childminder WHERE tenant_id = $1 AND status = 'suitability_check' AND user_id IS NOT NULL ORDER BY last_name LIMIT 1`,
      [tenant.id],
    );
    if (inCheck) {
      const open = await m.query(`SELECT 1 FROM permit_application WHERE childminder_id = $1`, [inCheck.id]);
      if (!open.length) {
        await m.query(
          `INSERT INTO permit_application (tenant_id, childminder_id, kind, status, requested_max_children, note, submitted_at) VALUES ($1, $2, 'initial', 'submitted', 5, $3, $4)`,
          [tenant.id, inCheck.id, 'Ich möchte ab dem Frühjahr bis zu fünf Kinder betreuen.', now],
        );
        created++;
      }
    }
    return created;
  });
}
