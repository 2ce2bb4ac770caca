import { Injectable } from '@nestjs/common';
import { formatPermitNumber } from '@lotse/shared/domain';
import { OutboxService, type RequestUser } from '@lotse/server/core';
import type { EntityManager } from 'typeorm';
import { Permit } from '../entities';
import { PermitLifecycle } from '../lifecycle/permit-lifecycle';
import type { PermitDocumentData } from '../pdf/permit-document-data';
import { OfficeToday } from '../shared/office-today';
import { formatConsultationHours, loadPermitConfig, type TenantPermitConfig } from '../shared/permit-settings';

/**
 * Issues a decided (and, with four eyes, approved) permit inside the caller's transaction:
 * 1. the next number of the tenant and year from a counter row — the row lock serialises
 *    concurrent issuing and a rollback gives the number back, so numbers are gap-free;
 * 2. a snapshot of everything the document shows (the PDF of this version is rendered from it);
 * 3. PermitLifecycle issues it: the holder becomes `active` (422 if her file cannot), the permit
 *    `issued`, the permit it replaces `superseded` (timeline and audit there);
 * 4. the PDF is planned for the worker through the outbox (rolled back with everything else).
 */
@Injectable()
export class IssuePermit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly lifecycle: PermitLifecycle,
    private readonly day: OfficeToday,
  ) {}

  async execute(m: EntityManager, actor: RequestUser, permit: Permit): Promise<Permit> {
    const cfg = await loadPermitConfig(m, permit.tenantId);
    const today = this.day.today();
    const year = Number(today.slice(0, 4));

    const seq = await nextPermitSequence(m, permit.tenantId, year);
    permit.number = formatPermitNumber(cfg.settings.numberPrefix, year, seq);
    permit.numberYear = year;
    permit.numberSeq = seq;

    let replaces: Permit | null = null;
    if (permit.replacesId) {
      replaces = await m.getRepository(Permit).findOne({ where: { id: permit.replacesId }, lock: { mode: 'pessimistic_write' } });
    }
    const checks: Array<{ kind: 'home_visit' | 'interview'; date: string }> = permit.applicationId
      ? await m.query(
          `SELECT DISTINCT ON (kind) kind, to_char(date, 'YYYY-MM-DD') AS date FROM suitability_check WHERE application_id = $1 ORDER BY kind, date DESC, created_at DESC`,
          [permit.applicationId],
        )
      : [];
    permit.documentData = {
      ...buildPermitDocumentData(permit, cfg, actor.displayName, today, replaces?.number ?? null),
      checks: checks.sort((a, b) => a.kind.localeCompare(b.kind)),
    };
    const saved = await this.lifecycle.issue(m, actor, permit, replaces);
    await this.outbox.plan(m, {
      name: 'documents.render-permit',
      data: { permitId: saved.id },
      jobId: `permit-render.${saved.id}`,
      tenantId: saved.tenantId,
    });
    return saved;
  }
}

/**
 * The next number of a tenant and year. The counter row stays locked until the caller's
 * transaction ends, so concurrent issuing is serialised and a rollback gives the number back.
 */
export async function nextPermitSequence(m: EntityManager, tenantId: string, year: number): Promise<number> {
  const [{ last_value }] = await m.query(
    `INSERT INTO permit_number_counter (tenant_id, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_value = permit_number_counter.last_value + 1
     RETURNING last_value`,
    [tenantId, year],
  );
  return last_value;
}

/** Everything the permit letter shows, frozen at issue (the PDF of this version is rendered from it). */
export function buildPermitDocumentData(
  p: Permit,
  cfg: TenantPermitConfig,
  signatoryName: string,
  today: string,
  replacesNumber: string | null,
): PermitDocumentData {
  return {
    office: {
      authority: cfg.authority,
      department: cfg.texts.department,
      street: cfg.office.street,
      postcode: cfg.office.postcode,
      city: cfg.office.city,
      phone: cfg.office.phone,
      email: cfg.office.email,
      consultationHours: formatConsultationHours(cfg.office.openingHours ?? []),
    },
    permitNumber: p.number!,
    fileNumber: `51.3-TPP-${p.childminderId.slice(0, 8).toUpperCase()}`,
    issuedOn: today,
    place: cfg.texts.place,
    holder: {
      salutation: null,
      firstName: p.holder.firstName,
      lastName: p.holder.lastName,
      dateOfBirth: p.holder.dateOfBirth,
      street: p.holder.street,
      postcode: p.holder.postcode,
      city: p.holder.city,
    },
    careLocation: {
      kind: p.careLocation.kind,
      street: p.careLocation.street,
      postcode: p.careLocation.postcode,
      city: p.careLocation.city,
      rooms: p.rooms,
      siteName: p.careLocation.siteName,
    },
    maxChildren: p.maxChildren,
    reasonForFewerChildren: p.reasonForFewerChildren,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    conditions: [
      ...(p.rooms.length ? [`Die Kindertagespflege darf nur in den folgenden Räumen ausgeübt werden: ${p.rooms.join(', ')}.`] : []),
      ...p.conditions,
    ],
    kind: p.kind,
    replacesPermitNumber: replacesNumber,
    legalBasis: cfg.texts.legalBasis,
    dutiesToInform: cfg.texts.dutiesToInform,
    legalRemedy: cfg.texts.legalRemedy,
    signatory: { name: signatoryName, title: cfg.texts.signatoryTitle },
  };
}
