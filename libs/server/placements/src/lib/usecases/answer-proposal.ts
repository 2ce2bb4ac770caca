import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnswerProposalDto, ProposalDto } from '@lotse/shared/contracts';
import { plusDays, todayIn, weeklyMinutes } from '@lotse/shared/domain';
import { CareRequestsPort, type CareRequestFacts } from '@lotse/server/care-requests';
import { APP_CONFIG, apiError, type AppConfig, Clock, OutboxService, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { CapacityGate } from '../capacity/capacity-gate';
import { Placement, Proposal } from '../entities';
import { childminderRecipient, deDate, planMail, userRecipient } from '../placement-mails';
import { permitCoveredUntil } from '../placement-rules';
import { ProposalAccess } from '../proposal-access';
import { loadSides, toProposalDto } from '../proposal.mapper';
import { closeProposal, reopenIfNoneOpen } from './propose';

/**
 * Parent and childminder answer a proposal after getting to know each other. When the second
 * "yes" arrives the placement is created in the same transaction, under the childminder's row lock
 * and after the capacity check — if the place went to another child meanwhile, the answer is
 * refused with 409 and the reason, and nothing is written.
 */
@Injectable()
export class AnswerProposal {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly access: ProposalAccess,
    private readonly requests: CareRequestsPort,
    private readonly gate: CapacityGate,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async execute(actor: RequestUser, id: string, dto: AnswerProposalDto): Promise<ProposalDto> {
    return this.dataSource.transaction(async (m) => {
      const { proposal: p, side } = await this.access.load(m, actor, id, 'proposal.answer', true);
      if (side === 'staff') throw apiError(403, 'Auf einen Vorschlag antworten die Eltern und die Tagespflegeperson.');
      if (p.version !== dto.version) throw apiError(409, 'Der Vorschlag wurde inzwischen geändert. Bitte laden Sie neu.');
      if (p.status !== 'open') throw apiError(422, 'Der Vorschlag ist nicht mehr offen.');
      const mine = side === 'parent' ? p.parentAnswer : p.childminderAnswer;
      if (mine !== null) throw apiError(422, 'Sie haben auf diesen Vorschlag bereits geantwortet.');
      const now = this.clock.now();
      const reason = dto.answer === 'decline' ? (dto.reason ?? '').trim() : null;
      if (side === 'parent') Object.assign(p, { parentAnswer: dto.answer, parentReason: reason, parentAnsweredAt: now });
      else Object.assign(p, { childminderAnswer: dto.answer, childminderReason: reason, childminderAnsweredAt: now });
      const request = (await this.requests.lock(m, actor.tenantId, p.careRequestId))!;
      await this.audit.record(
        { action: 'proposal.answer', actor, targetType: 'proposal', targetId: id, details: { answer: dto.answer, side } },
        m,
      );

      if (dto.answer === 'decline') {
        await closeProposal(m, p, 'declined', reason ?? '');
        await reopenIfNoneOpen(m, this.requests, p.careRequestId, now);
        await this.mailDeclined(m, p, side, reason ?? '');
      } else if (p.parentAnswer === 'accept' && p.childminderAnswer === 'accept') {
        await this.place(m, actor, p, request);
      } else {
        await m.getRepository(Proposal).save(p);
      }
      const fresh = await m.getRepository(Proposal).findOneByOrFail({ id });
      const requests = await this.requests.read(m, [p.careRequestId]);
      return toProposalDto(actor, fresh, requests.get(p.careRequestId)!, await loadSides(m, [fresh], requests));
    });
  }

  private async place(m: EntityManager, actor: RequestUser, p: Proposal, request: CareRequestFacts): Promise<void> {
    if (request.status !== 'proposal') throw apiError(409, 'Für dieses Kind wurde inzwischen eine andere Betreuung vereinbart.');
    const today = todayIn(this.config.TZ_OFFICE, this.clock.now());
    const facts = await this.gate.lockAndLoad(m, p.tenantId, p.childminderId, today);
    if (!facts || facts.status !== 'active')
      throw apiError(409, 'Die Tagespflegeperson kann derzeit keine Kinder aufnehmen (keine gültige Pflegeerlaubnis).');
    const until = permitCoveredUntil(facts.permits, p.startOn);
    if (!until)
      throw apiError(409, `Die Pflegeerlaubnis gilt am ${deDate(p.startOn)} nicht.`, [
        { field: 'capacity', message: 'Keine gültige Pflegeerlaubnis zum Beginn.', code: 'permit-validity' },
      ]);
    this.gate.assertFits(facts, { childId: request.childId, from: p.startOn, until, schedule: p.schedule }, 409);
    const repo = m.getRepository(Placement);
    const placement = await repo.save(
      repo.create({
        tenantId: p.tenantId,
        childId: request.childId,
        childminderId: p.childminderId,
        careRequestId: request.id,
        proposalId: p.id,
        startOn: p.startOn,
        settlingInUntil: plusDays(p.startOn, p.settlingInWeeks * 7 - 1),
        endOn: until,
        endReason: null,
        schedule: p.schedule,
        weeklyMinutes: weeklyMinutes(p.schedule),
        createdBy: actor.id,
      }),
    );
    p.status = 'accepted';
    p.placementId = placement.id;
    await m.getRepository(Proposal).save(p);
    const others = await m.getRepository(Proposal).find({ where: { careRequestId: request.id, status: 'open' } });
    for (const o of others)
      if (o.id !== p.id) await closeProposal(m, o, 'withdrawn', 'Das Kind wurde bei einer anderen Tagespflegeperson aufgenommen.');
    await this.requests.setStatus(m, request.id, 'placed', this.clock.now());
    await this.audit.record(
      {
        action: 'placement.create',
        actor,
        targetType: 'placement',
        targetId: placement.id,
        details: { proposalId: p.id, childminderId: p.childminderId },
      },
      m,
    );
    const [child]: Array<{ first_name: string; last_name: string; measles_proof: string }> = await m.query(
      `SELECT first_name, last_name, measles_proof FROM child WHERE id = $1`,
      [request.childId],
    );
    const measles =
      child.measles_proof === 'recorded'
        ? []
        : [
            '',
            'Wichtig: Vor dem Betreuungsbeginn muss der Nachweis über den Masernschutz des Kindes vorliegen (§ 20 Abs. 8 IfSG). Ohne ihn kann die Betreuung nicht beginnen.',
          ];
    const lines = [
      `für ${child.first_name} ist die Betreuung bei ${facts.name} vereinbart: Beginn ${deDate(p.startOn)}, Eingewöhnung bis ${deDate(placement.settlingInUntil)}.`,
      ...measles,
    ];
    await planMail(
      this.outbox,
      m,
      p.tenantId,
      await userRecipient(m, request.parentId),
      `placement.created.parent.${placement.id}`,
      `Betreuung für ${child.first_name} vereinbart`,
      lines,
    );
    await planMail(
      this.outbox,
      m,
      p.tenantId,
      await childminderRecipient(m, p.childminderId),
      `placement.created.childminder.${placement.id}`,
      `Neues Betreuungsverhältnis: ${child.first_name} ${child.last_name}`,
      [
        `die Betreuung von ${child.first_name} ${child.last_name} ab ${deDate(p.startOn)} ist vereinbart. Die Angaben zur Familie finden Sie jetzt in Lotse unter „Meine Kinder“.`,
      ],
    );
    await planMail(
      this.outbox,
      m,
      p.tenantId,
      await userRecipient(m, p.proposedBy),
      `placement.created.advisor.${placement.id}`,
      `Vermittlung abgeschlossen: ${child.first_name} ${child.last_name}`,
      [`beide Seiten haben zugesagt: ${child.first_name} ${child.last_name} bei ${facts.name} ab ${deDate(p.startOn)}.`, ...measles],
    );
  }

  private async mailDeclined(m: EntityManager, p: Proposal, side: 'parent' | 'childminder', reason: string): Promise<void> {
    const who = side === 'parent' ? 'Die Eltern haben' : 'Die Tagespflegeperson hat';
    await planMail(this.outbox, m, p.tenantId, await userRecipient(m, p.proposedBy), `proposal.declined.${p.id}`, 'Vorschlag abgelehnt', [
      `${who} den Vermittlungsvorschlag abgelehnt.`,
      `Grund: ${reason}`,
    ]);
  }
}
