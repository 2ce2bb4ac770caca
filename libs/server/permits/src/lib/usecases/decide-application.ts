import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DecideDto, FieldError, PermitDto } from '@lotse/shared/contracts';
import {
  checkPermitCapacity,
  EVIDENCE_LABEL_DE,
  ifsgAtActivityStartProblem,
  isIsoDate,
  needsReasonForFewerChildren,
  permitValidUntil,
  type PermitSettings,
} from '@lotse/shared/domain';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { BuildChecklist, type Childminder, purgeGoodConduct, TimelineService } from '@lotse/server/childminders';
import { DataSource, type EntityManager } from 'typeorm';
import { type CareLocationSnapshot, Permit, PermitApplication, SuitabilityCheck } from '../entities';
import { loadNames, toPermitDto } from '../shared/mappers';
import { OfficeToday } from '../shared/office-today';
import { PermitAccess } from '../shared/permit-access';
import { loadPermitConfig } from '../shared/permit-settings';
import { PermitLifecycle } from '../lifecycle/permit-lifecycle';
import { IssuePermit } from './issue-permit';
import { blockingItems } from './read-applications';

const INVALID = 'Die Entscheidung ist so nicht möglich.';

export function careLocationOf(cm: Childminder): CareLocationSnapshot {
  const own = cm.careLocationType === 'own_home' || !cm.careStreet;
  return {
    kind: cm.careLocationType,
    siteName: cm.careLocationType === 'large_day_care' ? cm.careSiteName : null,
    street: own ? cm.street : cm.careStreet!,
    postcode: own ? cm.postcode : (cm.carePostcode ?? cm.postcode),
    city: own ? cm.city : (cm.careCity ?? cm.city),
  };
}

/**
 * The advisor's decision on an application: refuse (with reason) or grant (with conditions).
 * A grant is refused, with the list, while mandatory evidence is missing or expired, without a
 * recorded home visit, or against the capacity rules (1–5 children; Großtagespflege: ≤ 3
 * childminders and ≤ 9 children at the site). With four eyes (tenant setting) the permit waits as
 * `draft` for a second advisor; otherwise it is issued at once.
 */
@Injectable()
export class DecideApplication {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly checklists: BuildChecklist,
    private readonly issue: IssuePermit,
    private readonly lifecycle: PermitLifecycle,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeToday,
  ) {}

  async decide(actor: RequestUser, applicationId: string, dto: DecideDto): Promise<{ application: string; permit: PermitDto | null }> {
    return this.dataSource.transaction(async (m) => {
      const app = await m.getRepository(PermitApplication).findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!app || app.tenantId !== actor.tenantId)
        return this.access.denied(actor, 'permit_application', applicationId, app ? 'other tenant' : 'unknown');
      if (app.status === 'withdrawn') throw apiError(409, 'Die Tagespflegeperson hat diesen Antrag zurückgezogen.');
      if (app.status !== 'submitted' && app.status !== 'in_review') throw apiError(409, 'Über diesen Antrag ist bereits entschieden.');
      const cm = await this.access.childminder(m, actor, app.childminderId, 'permit-application.decide', { lock: true });
      const now = this.day.now();

      if (dto.decision === 'refuse') {
        Object.assign(app, {
          status: 'decided',
          decision: 'refuse',
          refusalReason: dto.refusalReason!.trim(),
          decidedBy: actor.id,
          decidedAt: now,
        });
        await m.getRepository(PermitApplication).save(app);
        // § 72a Abs. 5: refused before she ever took up the activity — the certificate data go at once.
        if (!cm.wasActive)
          await purgeGoodConduct(
            m,
            { audit: this.audit, timeline: this.timeline },
            [{ id: cm.id, tenantId: cm.tenantId, reason: 'not_taken_up' }],
            null,
          );
        await this.timeline.record(m, {
          tenantId: cm.tenantId,
          childminderId: cm.id,
          actorId: actor.id,
          type: 'permit_refused',
          details: { applicationId: app.id, reason: app.refusalReason },
        });
        await this.audit.record(
          { action: 'permit.decide', actor, targetType: 'permit_application', targetId: app.id, details: { decision: 'refuse' } },
          m,
        );
        return { application: app.id, permit: null };
      }

      const cfg = await loadPermitConfig(m, app.tenantId);
      const conditions = (dto.conditions ?? []).map((c) => c.trim()).filter(Boolean);
      const rooms = (dto.rooms ?? []).map((r) => r.trim()).filter(Boolean);
      const extra: FieldError[] = [];
      if (
        dto.decision === 'grant_with_conditions' &&
        conditions.length === 0 &&
        rooms.length === 0 &&
        (dto.maxChildren ?? cfg.settings.maxChildren) >= cfg.settings.maxChildren
      ) {
        extra.push({
          field: 'conditions',
          code: 'conditionRequired',
          message: 'Bitte mindestens eine Nebenbestimmung angeben (weniger Kinder, bestimmte Räume oder eine andere Auflage).',
        });
      }
      const location = careLocationOf(cm);
      const validFrom = dto.validFrom ?? this.day.today();
      await this.assertGrantable(
        m,
        {
          app,
          cm,
          maxChildren: dto.maxChildren ?? NaN,
          reasonForFewerChildren: dto.reasonForFewerChildren,
          location,
          validFrom,
          settings: cfg.settings,
        },
        extra,
      );

      const previous =
        app.kind === 'initial' ? null : await m.getRepository(Permit).findOne({ where: { childminderId: cm.id, status: 'issued' } });
      let permit = await this.lifecycle.draft(m, {
        tenantId: app.tenantId,
        childminderId: cm.id,
        applicationId: app.id,
        kind: app.kind,
        number: null,
        numberYear: null,
        numberSeq: null,
        maxChildren: dto.maxChildren!,
        reasonForFewerChildren: needsReasonForFewerChildren(dto.maxChildren!) ? dto.reasonForFewerChildren!.trim() : null,
        rooms,
        conditions,
        careLocation: location,
        holder: {
          firstName: cm.firstName,
          lastName: cm.lastName,
          dateOfBirth: cm.dateOfBirth,
          street: cm.street,
          postcode: cm.postcode,
          city: cm.city,
          email: cm.email,
        },
        validFrom,
        validUntil: permitValidUntil(validFrom, cfg.settings),
        decidedBy: actor.id,
        decidedAt: now,
        approvedBy: null,
        approvedAt: null,
        issuedBy: null,
        issuedAt: null,
        revokedAt: null,
        revokedOn: null,
        revokedReason: null,
        revokedBy: null,
        replacesId: previous?.id ?? null,
        supersededById: null,
        documentData: null,
        documentId: null,
      });
      Object.assign(app, { status: 'decided', decision: dto.decision, decidedBy: actor.id, decidedAt: now });
      await m.getRepository(PermitApplication).save(app);
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'permit_decided',
        details: {
          applicationId: app.id,
          permitId: permit.id,
          decision: dto.decision,
          maxChildren: permit.maxChildren,
          fourEyes: cfg.settings.fourEyes,
        },
      });
      await this.audit.record(
        {
          action: 'permit.decide',
          actor,
          targetType: 'permit',
          targetId: permit.id,
          details: { decision: dto.decision, maxChildren: permit.maxChildren },
        },
        m,
      );
      if (!cfg.settings.fourEyes) permit = await this.issue.execute(m, actor, permit);
      return { application: app.id, permit: toPermitDto(permit, await loadNames(m, [permit.decidedBy, permit.approvedBy]), null) };
    });
  }

  /**
   * The full blocking check of a grant, run at every step that issues a permit (decision and
   * four-eyes approval): mandatory evidence checked by the office and valid, the home visit,
   * the IfSG certificate at the start of the activity, capacity and the Großtagespflege site.
   * Throws 422 with every problem, item by item.
   */
  private async assertGrantable(m: EntityManager, g: GrantInput, extra: FieldError[] = []): Promise<void> {
    const errors: FieldError[] = [];
    const blocking = await blockingItems(this.checklists, g.cm, m);
    for (const b of blocking) {
      errors.push({
        field: `evidence.${b.type}`,
        code: 'evidence',
        message: `${b.label}${b.personName ? ` (${b.personName})` : ''}: ${b.reason ?? 'Nicht nachgewiesen.'}`,
      });
    }
    // Both before every permit and renewal (domain.md): the home visit and the suitability interview.
    const visits = await m.getRepository(SuitabilityCheck).count({ where: { applicationId: g.app.id, kind: 'home_visit' } });
    if (visits === 0) errors.push({ field: 'checks', code: 'homeVisit', message: 'Vor der Entscheidung ist ein Hausbesuch zu erfassen.' });
    const interviews = await m.getRepository(SuitabilityCheck).count({ where: { applicationId: g.app.id, kind: 'interview' } });
    if (interviews === 0)
      errors.push({ field: 'checks', code: 'interview', message: 'Vor der Entscheidung ist ein Eignungsgespräch zu erfassen.' });
    errors.push(...extra);
    const site =
      g.location.kind === 'large_day_care' ? await siteOccupancy(m, g.app.tenantId, g.cm.id, g.location, this.day.today()) : null;
    errors.push(
      ...checkPermitCapacity(
        {
          maxChildren: g.maxChildren,
          reasonForFewerChildren: g.reasonForFewerChildren,
          largeDayCare: g.location.kind === 'large_day_care',
          site,
        },
        g.settings,
      ),
    );
    if (!isIsoDate(g.validFrom)) errors.push({ field: 'validFrom', code: 'date', message: 'Bitte ein gültiges Datum angeben.' });
    else if (g.app.kind === 'initial' && !g.cm.wasActive) {
      // § 43 Abs. 1 IfSG: the health office's certificate no older than 3 months when the activity starts.
      const [ifsg] = await m.query(
        `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM evidence_item WHERE childminder_id = $1 AND type = 'ifsg_instruction' AND current AND acceptable AND checked`,
        [g.cm.id],
      );
      const problem = ifsg ? ifsgAtActivityStartProblem(ifsg.date, g.validFrom) : null;
      if (problem)
        errors.push({
          field: 'evidence.ifsg_instruction',
          code: 'ifsgTooOld',
          message: `${EVIDENCE_LABEL_DE.ifsg_instruction}: ${problem}`,
        });
    }
    if (errors.length) {
      const message = blocking.length
        ? `Die Pflegeerlaubnis kann noch nicht erteilt werden: ${blocking.length} Pflichtnachweis(e) fehlen oder sind abgelaufen.`
        : INVALID;
      throw apiError(422, message, errors);
    }
  }

  /** Four eyes: a second advisor approves the draft, which issues it (after the full check again). */
  async approve(actor: RequestUser, permitId: string): Promise<PermitDto> {
    return this.dataSource.transaction(async (m) => {
      const permit = await m.getRepository(Permit).findOne({ where: { id: permitId }, lock: { mode: 'pessimistic_write' } });
      if (!permit || permit.tenantId !== actor.tenantId)
        return this.access.denied(actor, 'permit', permitId, permit ? 'other tenant' : 'unknown');
      if (permit.status !== 'draft') throw apiError(409, 'Diese Pflegeerlaubnis wartet nicht auf eine Freigabe.');
      if (permit.decidedBy === actor.id) throw apiError(403, 'Vier-Augen-Prinzip: Die Freigabe erteilt eine zweite Fachberatung.');
      // The approval issues the permit: the full blocking check runs again now (evidence may have
      // expired or been deleted since the decision, another permit may have filled the site).
      const app = await m.getRepository(PermitApplication).findOneOrFail({ where: { id: permit.applicationId! } });
      const cm = await this.access.childminder(m, actor, permit.childminderId, 'permit.decide', { lock: true });
      const cfg = await loadPermitConfig(m, permit.tenantId);
      await this.assertGrantable(m, {
        app,
        cm,
        maxChildren: permit.maxChildren,
        reasonForFewerChildren: permit.reasonForFewerChildren,
        location: permit.careLocation,
        validFrom: permit.validFrom,
        settings: cfg.settings,
      });
      await this.lifecycle.approve(m, actor, permit);
      const issued = await this.issue.execute(m, actor, permit);
      return toPermitDto(issued, await loadNames(m, [issued.decidedBy, issued.approvedBy]), null);
    });
  }
}

export interface GrantInput {
  app: PermitApplication;
  cm: Childminder;
  maxChildren: number;
  reasonForFewerChildren?: string | null;
  location: CareLocationSnapshot;
  validFrom: string;
  settings: PermitSettings;
}

/** Other childminders with a valid permit at the same Großtagespflege site (same site name or address). */
async function siteOccupancy(m: EntityManager, tenantId: string, childminderId: string, loc: CareLocationSnapshot, today: string) {
  // Two advisors deciding for the same site at once must not both fill its last place: one waits.
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`site:${tenantId}:${loc.postcode}:${loc.street.toLowerCase()}`]);
  const [row] = await m.query(
    `SELECT count(DISTINCT p.childminder_id)::int AS childminders, COALESCE(sum(p.max_children), 0)::int AS children
       FROM permit p
      WHERE p.tenant_id = $1 AND p.childminder_id <> $2 AND p.status = 'issued' AND p.valid_until >= $3
        AND p.care_location->>'kind' = 'large_day_care'
        AND (lower(p.care_location->>'siteName') = lower($4)
             OR (lower(p.care_location->>'street') = lower($5) AND p.care_location->>'postcode' = $6))`,
    [tenantId, childminderId, today, loc.siteName ?? '', loc.street, loc.postcode],
  );
  return { otherChildminders: row.childminders, otherChildren: row.children };
}
