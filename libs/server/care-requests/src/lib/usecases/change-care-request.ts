import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OPEN_CARE_REQUEST_STATUSES,
  type CareRequestDto,
  type CloseCareRequestDto,
  type CreateCareRequestDto,
  type ReviewCareRequestDto,
  type UpdateCareRequestDto,
  type WithdrawCareRequestDto,
} from '@lotse/shared/contracts';
import { todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, type AppConfig, Clock, OutboxService, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { ChildrenService } from '@lotse/server/children';
import { DataSource, type EntityManager } from 'typeorm';
import { CareRequestAccess } from '../care-request-access';
import { OfficeSettings, mailFooter } from '@lotse/server/office';
import { CareRequest } from '../care-request.entity';
import { CareRequestHooks } from '../care-request-hooks';
import { loadNames, toCareRequestDto } from '../care-request.mapper';
import { applyDetails, checkRequestDetails } from './request-input';

const INVALID = 'Die Eingaben sind unvollständig oder ungültig.';
const STALE = 'Die Anfrage wurde inzwischen geändert. Bitte laden Sie neu.';
const OPEN_EXISTS = 'Für dieses Kind gibt es bereits eine offene Betreuungsanfrage. Bitte ändern Sie diese oder ziehen Sie sie zurück.';

/**
 * Submitting, changing, withdrawing, reviewing and closing care requests. Every change runs in one
 * transaction with the request row locked, checks the version, and writes the audit entry (and
 * mails through the outbox) in the same transaction.
 */
@Injectable()
export class ChangeCareRequest {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly access: CareRequestAccess,
    private readonly children: ChildrenService,
    private readonly hooks: CareRequestHooks,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
  ) {}

  private today(): string {
    return todayIn(this.config.TZ_OFFICE, this.clock.now());
  }

  /** A parent for her own child, or an advisor on the parent's behalf (phone, walk-in). */
  async create(actor: RequestUser, dto: CreateCareRequestDto): Promise<CareRequestDto> {
    return this.dataSource.transaction(async (m) => {
      // The request is for a child: a parent's own (`own`), any child of the office for an advisor.
      const child = await this.policy.requireRecord(
        actor,
        'care-request.create',
        {
          type: 'child',
          id: dto.childId,
          notFound: 'Kind nicht gefunden.',
          errors: [{ field: 'childId', message: 'Dieses Kind ist nicht als Ihr Kind erfasst.', code: 'notOwn' }],
        },
        await this.children.facts(m, actor.tenantId, dto.childId),
        (c) => ({ tenantId: actor.tenantId, owners: [c.parentId] }),
      );
      // One open request per child: the child's row lock orders parallel submits; the unique index backs it up.
      await m.query(`SELECT id FROM child WHERE id = $1 FOR UPDATE`, [child.id]);
      const errors = await checkRequestDetails(m, actor.tenantId, dto, child, this.today());
      if (errors.length) throw apiError(400, INVALID, errors);
      const open = await m
        .getRepository(CareRequest)
        .count({ where: OPEN_CARE_REQUEST_STATUSES.map((status) => ({ childId: child.id, status })) });
      if (open > 0) throw apiError(409, OPEN_EXISTS, [{ field: 'childId', message: OPEN_EXISTS, code: 'openRequestExists' }]);
      const repo = m.getRepository(CareRequest);
      const r = repo.create({
        tenantId: actor.tenantId,
        childId: child.id,
        parentId: child.parentId,
        status: 'submitted',
        submittedAt: this.clock.now(),
        // Entered by the office on the parent's behalf (phone, walk-in), or by the parent herself.
        enteredBy: actor.id === child.parentId ? null : actor.id,
        reviewedBy: null,
        closedAt: null,
        closedReason: null,
      });
      applyDetails(r, dto, child.dateOfBirth);
      const saved = await repo.save(r);
      await this.audit.record(
        { action: 'care_request.create', actor, targetType: 'care_request', targetId: saved.id, details: { childId: child.id } },
        m,
      );
      await this.mailParent(m, saved, 'received');
      return this.dto(m, saved);
    });
  }

  /** The parent or an advisor changes a request that is not yet with a childminder (no open proposal). */
  async update(actor: RequestUser, id: string, dto: UpdateCareRequestDto): Promise<CareRequestDto> {
    return this.dataSource.transaction(async (m) => {
      const r = await this.access.load(m, actor, id, 'care-request.update', true);
      if (r.version !== dto.version) throw apiError(409, STALE);
      if (r.status === 'proposal') {
        throw apiError(
          422,
          'Während ein Vorschlag offen ist, kann die Anfrage nicht geändert werden. Bitte beantworten Sie zuerst den Vorschlag.',
        );
      }
      if (r.status !== 'submitted' && r.status !== 'in_review')
        throw apiError(422, 'Diese Anfrage ist abgeschlossen und kann nicht mehr geändert werden.');
      const child = await this.children.facts(m, r.tenantId, r.childId);
      const errors = await checkRequestDetails(m, r.tenantId, dto, child!, this.today());
      if (errors.length) throw apiError(400, INVALID, errors);
      applyDetails(r, dto, child!.dateOfBirth);
      const saved = await m.getRepository(CareRequest).save(r);
      await this.audit.record({ action: 'care_request.update', actor, targetType: 'care_request', targetId: id }, m);
      return this.dto(m, saved);
    });
  }

  /** The parent (or an advisor for her) withdraws an open request; open proposals end with it. */
  async withdraw(actor: RequestUser, id: string, dto: WithdrawCareRequestDto): Promise<CareRequestDto> {
    return this.end(actor, id, dto.version, 'withdrawn', dto.reason?.trim() || null, 'care_request.withdraw');
  }

  /** The advisor closes an open request with a reason (e.g. a Kita place was found). */
  async close(actor: RequestUser, id: string, dto: CloseCareRequestDto): Promise<CareRequestDto> {
    return this.end(actor, id, dto.version, 'closed', dto.reason.trim(), 'care_request.close');
  }

  /** The advisor takes a new request into review (the parent sees "In Bearbeitung"). */
  async review(actor: RequestUser, id: string, dto: ReviewCareRequestDto): Promise<CareRequestDto> {
    return this.dataSource.transaction(async (m) => {
      const r = await this.access.load(m, actor, id, 'care-request.review', true);
      if (r.version !== dto.version) throw apiError(409, STALE);
      if (r.status !== 'submitted') throw apiError(422, 'Nur eine neu eingegangene Anfrage kann in Bearbeitung genommen werden.');
      r.status = 'in_review';
      r.reviewedBy = actor.id;
      const saved = await m.getRepository(CareRequest).save(r);
      await this.audit.record({ action: 'care_request.review', actor, targetType: 'care_request', targetId: id }, m);
      await this.mailParent(m, saved, 'in_review');
      return this.dto(m, saved);
    });
  }

  private async end(
    actor: RequestUser,
    id: string,
    version: number,
    status: 'withdrawn' | 'closed',
    reason: string | null,
    action: 'care_request.withdraw' | 'care_request.close',
  ) {
    return this.dataSource.transaction(async (m) => {
      const r = await this.access.load(
        m,
        actor,
        id,
        action === 'care_request.close' ? 'care-request.close' : 'care-request.withdraw',
        true,
      );
      if (r.version !== version) throw apiError(409, STALE);
      if (!OPEN_CARE_REQUEST_STATUSES.includes(r.status)) throw apiError(422, 'Diese Anfrage ist bereits abgeschlossen.');
      r.status = status;
      r.closedAt = this.clock.now();
      r.closedReason = reason;
      const saved = await m.getRepository(CareRequest).save(r);
      await this.hooks.notifyEnded(m, id, status === 'withdrawn' ? 'Die Anfrage wurde zurückgezogen.' : 'Die Anfrage wurde abgeschlossen.');
      await this.audit.record({ action, actor, targetType: 'care_request', targetId: id, details: reason ? { reason } : undefined }, m);
      // Someone else (the office) ended it: the parent is told.
      if (actor.id !== saved.parentId) await this.mailParent(m, saved, status);
      return this.dto(m, saved);
    });
  }

  private async dto(m: EntityManager, r: CareRequest): Promise<CareRequestDto> {
    return toCareRequestDto(r, (await loadNames(m, [r])).get(r.id));
  }

  private async mailParent(m: EntityManager, r: CareRequest, what: 'received' | 'in_review' | 'withdrawn' | 'closed'): Promise<void> {
    const [parent]: Array<{ email: string; name: string }> = await m.query(
      `SELECT email, concat_ws(' ', first_name, last_name) AS name FROM app_user WHERE id = $1 AND active`,
      [r.parentId],
    );
    if (!parent) return;
    const [child]: Array<{ first_name: string }> = await m.query(`SELECT first_name FROM child WHERE id = $1`, [r.childId]);
    const office = await OfficeSettings.office(m, r.tenantId);
    const lines = {
      received: [
        `Ihre Betreuungsanfrage für ${child.first_name} ist eingegangen.`,
        'Die Fachberatung Kindertagespflege meldet sich, sobald sie eine passende Tagespflegeperson vorschlagen kann.',
      ],
      in_review: [`Die Fachberatung bearbeitet jetzt Ihre Betreuungsanfrage für ${child.first_name}.`],
      withdrawn: [`Ihre Betreuungsanfrage für ${child.first_name} wurde zurückgezogen.`],
      closed: [`Ihre Betreuungsanfrage für ${child.first_name} wurde abgeschlossen.`, r.closedReason ? `Grund: ${r.closedReason}` : ''],
    }[what];
    await this.outbox.plan(m, {
      name: 'mail.send',
      tenantId: r.tenantId,
      jobId: `care-request.${what}.${r.id}.${r.version}`,
      data: {
        tenantId: r.tenantId,
        to: parent.email,
        subject: `Betreuungsanfrage für ${child.first_name}`,
        text: [
          `Guten Tag ${parent.name},`,
          '',
          ...lines.filter(Boolean),
          '',
          'Den Stand sehen Sie jederzeit in Lotse unter „Meine Anfragen“.',
          '',
          mailFooter(office),
        ].join('\n'),
      },
    });
  }
}
