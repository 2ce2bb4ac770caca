import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SETTLING_IN_WEEKS } from '@lotse/shared/contracts/values';
import type { CreateProposalDto, ProposalDto, WithdrawProposalDto } from '@lotse/shared/contracts';
import { ageInMonths, todayIn } from '@lotse/shared/domain';
import { CareRequestsPort } from '@lotse/server/care-requests';
import { APP_CONFIG, apiError, type AppConfig, Clock, OutboxService, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { CapacityGate } from '../capacity/capacity-gate';
import { loadCapacityFacts } from '../capacity/capacity-facts';
import { Proposal } from '../entities';
import { childminderRecipient, deDate, planMail, userRecipient } from '../placement-mails';
import { permitCoveredUntil } from '../placement-rules';
import { ProposalAccess } from '../proposal-access';
import { loadSides, toProposalDto } from '../proposal.mapper';

/**
 * The advisor proposes a childminder for a request. Refused (422, field-level) when the
 * childminder is not active, has no permit valid on the start, does not take children of that age,
 * or has no room in some slot; the capacity is checked again, under lock, when both sides accept.
 */
@Injectable()
export class Propose {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly requests: CareRequestsPort,
    private readonly gate: CapacityGate,
    private readonly access: ProposalAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(actor: RequestUser, requestId: string, dto: CreateProposalDto): Promise<ProposalDto> {
    const today = todayIn(this.config.TZ_OFFICE, this.clock.now());
    return this.dataSource.transaction(async (m) => {
      const r = await this.requests.lock(m, actor.tenantId, requestId);
      if (!r) throw apiError(404, 'Betreuungsanfrage nicht gefunden.');
      if (r.version !== dto.requestVersion) throw apiError(409, 'Die Anfrage wurde inzwischen geändert. Bitte laden Sie neu.');
      if (!['submitted', 'in_review', 'proposal'].includes(r.status))
        throw apiError(422, 'Für eine abgeschlossene Anfrage kann kein Vorschlag gemacht werden.');
      const startOn = dto.startOn ?? (r.desiredStart < today ? today : r.desiredStart);
      if (startOn < today)
        throw apiError(400, 'Die Eingaben sind ungültig.', [
          { field: 'startOn', message: 'Der Beginn darf nicht in der Vergangenheit liegen.', code: 'notPast' },
        ]);
      const facts = await loadCapacityFacts(m, actor.tenantId, dto.childminderId, today);
      const cmError = (message: string, code: string) => apiError(422, message, [{ field: 'childminderId', message, code }]);
      if (!facts)
        throw apiError(404, 'Tagespflegeperson nicht gefunden.', [
          { field: 'childminderId', message: 'Diese Tagespflegeperson ist hier nicht bekannt.', code: 'unknown' },
        ]);
      if (facts.status !== 'active') throw cmError(`${facts.name} ist derzeit nicht tätig (keine gültige Pflegeerlaubnis).`, 'notActive');
      const until = permitCoveredUntil(facts.permits, startOn);
      if (!until) throw cmError(`${facts.name} hat am ${deDate(startOn)} keine gültige Pflegeerlaubnis.`, 'noPermit');
      const [ages]: Array<{ from: number | null; to: number | null; dob: string }> = await m.query(
        `SELECT c.ages_from_months AS "from", c.ages_to_months AS "to", to_char(k.date_of_birth, 'YYYY-MM-DD') AS dob
           FROM childminder c, child k WHERE c.id = $1 AND k.id = $2`,
        [dto.childminderId, r.childId],
      );
      const age = ageInMonths(ages.dob, startOn);
      if (ages.from !== null && ages.to !== null && (age < ages.from || age > ages.to)) {
        throw cmError(
          `${facts.name} nimmt Kinder von ${ages.from} bis ${ages.to} Monaten auf; das Kind ist zum Beginn ${age} Monate alt.`,
          'age',
        );
      }
      const schedule = (dto.schedule ?? r.schedule).map((t) => ({ weekday: t.weekday, from: t.from, to: t.to }));
      this.gate.assertFits(facts, { childId: r.childId, from: startOn, until, schedule }, 422);
      const open = await m
        .getRepository(Proposal)
        .count({ where: { careRequestId: r.id, childminderId: dto.childminderId, status: 'open' } });
      if (open > 0) throw cmError(`${facts.name} ist für diese Anfrage bereits vorgeschlagen.`, 'duplicate');
      const repo = m.getRepository(Proposal);
      const saved = await repo.save(
        repo.create({
          tenantId: actor.tenantId,
          careRequestId: r.id,
          childminderId: dto.childminderId,
          status: 'open',
          startOn,
          schedule,
          settlingInWeeks: dto.settlingInWeeks ?? SETTLING_IN_WEEKS.default,
          note: dto.note?.trim() || null,
          proposedBy: actor.id,
          parentAnswer: null,
          parentReason: null,
          parentAnsweredAt: null,
          childminderAnswer: null,
          childminderReason: null,
          childminderAnsweredAt: null,
          closedReason: null,
          placementId: null,
        }),
      );
      if (r.status !== 'proposal') await this.requests.setStatus(m, r.id, 'proposal', this.clock.now());
      await this.audit.record(
        {
          action: 'proposal.create',
          actor,
          targetType: 'proposal',
          targetId: saved.id,
          details: { careRequestId: r.id, childminderId: dto.childminderId },
        },
        m,
      );
      const [child]: Array<{ first_name: string }> = await m.query(`SELECT first_name FROM child WHERE id = $1`, [r.childId]);
      await planMail(
        this.outbox,
        m,
        actor.tenantId,
        await userRecipient(m, r.parentId),
        `proposal.new.parent.${saved.id}`,
        `Vorschlag einer Tagespflegeperson für ${child.first_name}`,
        [
          `die Fachberatung schlägt Ihnen ${facts.name} als Tagespflegeperson für ${child.first_name} vor (Beginn ${deDate(startOn)}).`,
          'Bitte lernen Sie sich kennen und antworten Sie danach in Lotse unter „Vorschläge“ mit Zusage oder Absage.',
        ],
      );
      await planMail(
        this.outbox,
        m,
        actor.tenantId,
        await childminderRecipient(m, dto.childminderId),
        `proposal.new.childminder.${saved.id}`,
        'Neuer Vermittlungsvorschlag',
        [
          `die Fachberatung schlägt Ihnen ein Kind (${child.first_name}, ${age} Monate) ab ${deDate(startOn)} vor.`,
          'Nach einem Kennenlernen antworten Sie bitte in Lotse unter „Vorschläge“ mit Zusage oder Absage.',
        ],
      );
      return this.dto(m, actor, saved, r.id);
    });
  }

  async withdraw(actor: RequestUser, id: string, dto: WithdrawProposalDto): Promise<ProposalDto> {
    return this.dataSource.transaction(async (m) => {
      const { proposal } = await this.access.load(m, actor, id, 'proposal.withdraw', true);
      if (proposal.version !== dto.version) throw apiError(409, 'Der Vorschlag wurde inzwischen beantwortet. Bitte laden Sie neu.');
      if (proposal.status !== 'open') throw apiError(422, 'Der Vorschlag ist nicht mehr offen.');
      await closeProposal(m, proposal, 'withdrawn', dto.reason.trim());
      await reopenIfNoneOpen(m, this.requests, proposal.careRequestId, this.clock.now());
      await this.audit.record({ action: 'proposal.withdraw', actor, targetType: 'proposal', targetId: id }, m);
      return this.dto(m, actor, proposal, proposal.careRequestId);
    });
  }

  private async dto(m: EntityManager, actor: RequestUser, p: Proposal, requestId: string): Promise<ProposalDto> {
    const fresh = await m.getRepository(Proposal).findOneByOrFail({ id: p.id });
    const requests = await this.requests.read(m, [requestId]);
    return toProposalDto(actor, fresh, requests.get(requestId)!, await loadSides(m, [fresh], requests));
  }
}

export async function closeProposal(m: EntityManager, p: Proposal, status: 'withdrawn' | 'declined', reason: string): Promise<void> {
  p.status = status;
  p.closedReason = reason;
  await m.getRepository(Proposal).save(p);
}

/** The request goes back to review when its last open proposal ended without a placement. */
export async function reopenIfNoneOpen(m: EntityManager, requests: CareRequestsPort, requestId: string, now: Date): Promise<void> {
  const open = await m.getRepository(Proposal).count({ where: { careRequestId: requestId, status: 'open' } });
  const r = (await requests.read(m, [requestId])).get(requestId);
  if (open === 0 && r?.status === 'proposal') await requests.setStatus(m, requestId, 'in_review', now);
}
