import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EndPlacementDto,
  MeaslesProofStatus,
  Page,
  PlacementDto,
  PlacementsQueryDto,
  UpdatePlacementDto,
  WeekGridDto,
} from '@lotse/shared/contracts';
import { plusDays, todayIn, weekGrid, weeklyMinutes } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, type AppConfig, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { OWN_CHILDMINDER_SQL, ownChildminderId, partiesOf } from '../actor-childminder';
import { CapacityGate } from '../capacity/capacity-gate';
import { loadCapacityFacts } from '../capacity/capacity-facts';
import { Placement } from '../entities';
import { permitCoveredUntil, placementState } from '../placement-rules';

const STALE = 'Das Betreuungsverhältnis wurde inzwischen geändert. Bitte laden Sie neu.';

/**
 * Placements (care relationships): the advisor's list, the childminder's "Meine Kinder", the
 * parents' view; changes of schedule or end by the advisor re-run the capacity check under the
 * childminder's lock. Ending frees capacity from the day after the last day of care.
 */
@Injectable()
export class Placements {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly gate: CapacityGate,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  private today(): string {
    return todayIn(this.config.TZ_OFFICE, this.clock.now());
  }

  async list(actor: RequestUser, q: PlacementsQueryDto): Promise<Page<PlacementDto>> {
    const m = this.dataSource.manager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const qb = m.getRepository(Placement).createQueryBuilder('p').where('p.tenantId = :t', { t: actor.tenantId });
    // `own`: the placements the actor is a party to (her family's children, her own file).
    const scope = await this.policy.require(actor, 'placement.list');
    if (scope === 'own')
      qb.andWhere(`(p.childId IN (SELECT id FROM child WHERE parent_id = :u) OR ${OWN_CHILDMINDER_SQL('p.childminder_id')})`, {
        u: actor.id,
      });
    if (q.childminderId && scope === 'office') qb.andWhere('p.childminderId = :cm', { cm: q.childminderId });
    if (q.current !== 'false') qb.andWhere('(p.endOn IS NULL OR p.endOn >= :today)', { today: this.today() });
    const [rows, total] = await qb
      .orderBy('p.startOn', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    await this.audit.record({ action: 'placement.list', actor, targetType: 'placement', details: { ids: rows.map((r) => r.id) } });
    return { items: await this.dtos(m, rows), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<PlacementDto> {
    const m = this.dataSource.manager;
    const p = await this.load(m, actor, id, false);
    await this.audit.record({ action: 'placement.read', actor, targetType: 'placement', targetId: id });
    return (await this.dtos(m, [p]))[0];
  }

  /** A new schedule from `changeFrom` (the rest of the placement keeps the old one) or a new planned end. */
  async update(actor: RequestUser, id: string, dto: UpdatePlacementDto): Promise<PlacementDto> {
    const today = this.today();
    return this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      if (p.version !== dto.version) throw apiError(409, STALE);
      if (p.endOn !== null && p.endReason !== null)
        throw apiError(422, 'Ein beendetes Betreuungsverhältnis kann nicht mehr geändert werden.');
      const facts = (await this.gate.lockAndLoad(m, p.tenantId, p.childminderId, today))!;
      const covered = permitCoveredUntil(facts.permits, p.startOn);
      const plannedEnd = dto.plannedEndOn ?? p.endOn;
      if (plannedEnd !== null && plannedEnd < p.startOn) {
        throw apiError(400, 'Die Eingaben sind ungültig.', [
          { field: 'plannedEndOn', message: 'Das Ende liegt vor dem Beginn.', code: 'order' },
        ]);
      }
      if (dto.plannedEndOn && (!covered || dto.plannedEndOn > covered)) {
        throw apiError(422, 'Die Betreuung darf nicht über die Pflegeerlaubnis hinaus laufen.', [
          { field: 'plannedEndOn', message: `Die Pflegeerlaubnis gilt bis ${covered ?? '–'}.`, code: 'permit-validity' },
        ]);
      }
      const schedule = (dto.schedule ?? p.schedule).map((t) => ({ weekday: t.weekday, from: t.from, to: t.to }));
      const changeFrom = dto.schedule ? (dto.changeFrom ?? (p.startOn > today ? p.startOn : today)) : p.startOn;
      if (dto.schedule && changeFrom < today && changeFrom > p.startOn) {
        throw apiError(400, 'Die Eingaben sind ungültig.', [
          { field: 'changeFrom', message: 'Die Änderung darf nicht in der Vergangenheit beginnen.', code: 'notPast' },
        ]);
      }
      this.gate.assertFits(
        facts,
        {
          childId: p.childId,
          from: changeFrom < p.startOn ? p.startOn : changeFrom,
          until: plannedEnd,
          schedule,
          excludePlacementId: p.id,
        },
        409,
      );
      const repo = m.getRepository(Placement);
      let result = p;
      if (dto.schedule && changeFrom > p.startOn) {
        // History stays: the old schedule ends the day before the change, a new row carries on.
        const next = repo.create({
          ...p,
          id: undefined,
          version: undefined,
          createdAt: undefined,
          updatedAt: undefined,
          startOn: changeFrom,
          schedule,
          weeklyMinutes: weeklyMinutes(schedule),
          endOn: plannedEnd,
          createdBy: actor.id,
        });
        p.endOn = plusDays(changeFrom, -1);
        p.endReason = 'Betreuungszeiten geändert';
        await repo.save(p);
        result = await repo.save(next);
      } else {
        p.schedule = schedule;
        p.weeklyMinutes = weeklyMinutes(schedule);
        p.endOn = plannedEnd;
        result = await repo.save(p);
      }
      await this.audit.record(
        {
          action: 'placement.update',
          actor,
          targetType: 'placement',
          targetId: id,
          details: { changeFrom, newPlacementId: result.id !== id ? result.id : undefined },
        },
        m,
      );
      return (await this.dtos(m, [result]))[0];
    });
  }

  /** Ends the placement on `endOn` (its last day of care); capacity is free from the next day. */
  async end(actor: RequestUser, id: string, dto: EndPlacementDto): Promise<PlacementDto> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      if (p.version !== dto.version) throw apiError(409, STALE);
      if (p.endReason !== null) throw apiError(422, 'Dieses Betreuungsverhältnis ist bereits beendet.');
      if (dto.endOn < p.startOn) {
        throw apiError(400, 'Die Eingaben sind ungültig.', [
          { field: 'endOn', message: 'Das Ende darf nicht vor dem Beginn liegen.', code: 'order' },
        ]);
      }
      if (p.endOn !== null && dto.endOn > p.endOn) {
        throw apiError(400, 'Die Eingaben sind ungültig.', [
          {
            field: 'endOn',
            message: 'Das Ende darf nicht nach dem geplanten Ende liegen; verlängern Sie dafür das Betreuungsverhältnis.',
            code: 'afterPlanned',
          },
        ]);
      }
      p.endOn = dto.endOn;
      p.endReason = dto.reason.trim();
      const saved = await m.getRepository(Placement).save(p);
      await this.audit.record({ action: 'placement.end', actor, targetType: 'placement', targetId: id, details: { endOn: dto.endOn } }, m);
      return (await this.dtos(m, [saved]))[0];
    });
  }

  /** Present children per 15-minute slot on `date` against the permit's limit. */
  async weekGrid(actor: RequestUser, childminderId: string | undefined, date: string | undefined): Promise<WeekGridDto> {
    const m = this.dataSource.manager;
    let id: string;
    // `own`: her own grid; the office's staff name the childminder.
    if ((await this.policy.require(actor, 'placement.week-grid')) === 'own') id = await ownChildminderId(m, actor);
    else if (childminderId) id = childminderId;
    else
      throw apiError(400, 'Bitte eine Tagespflegeperson angeben.', [
        { field: 'childminderId', message: 'Bitte eine Tagespflegeperson angeben.', code: 'required' },
      ]);
    const on = date ?? this.today();
    const facts = await loadCapacityFacts(m, actor.tenantId, id, this.today());
    if (!facts) throw apiError(404, 'Tagespflegeperson nicht gefunden.');
    const grid = weekGrid({
      date: on,
      placements: facts.placements,
      permits: facts.permits,
      settings: facts.settings,
      site: facts.site ? { placements: facts.site.placements } : null,
    });
    return {
      date: grid.date,
      present: grid.present,
      maxPresent: grid.maxPresent,
      contracts: grid.contracts,
      maxContracts: facts.settings.maxContracts,
      site: grid.site,
    };
  }

  private async load(m: EntityManager, actor: RequestUser, id: string, forChange: boolean): Promise<Placement> {
    const p = await m
      .getRepository(Placement)
      .findOne({ where: { id }, ...(forChange ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const [child]: Array<{ parent_id: string }> = p ? await m.query(`SELECT parent_id FROM child WHERE id = $1`, [p.childId]) : [];
    const parties = p ? await partiesOf(m, p.childminderId, child?.parent_id ?? null) : [];
    return this.policy.requireRecord(
      actor,
      forChange ? 'placement.change' : 'placement.read',
      { type: 'placement', id, notFound: 'Betreuungsverhältnis nicht gefunden.' },
      p,
      (x) => ({ tenantId: x.tenantId, owners: parties }),
    );
  }

  private async dtos(m: EntityManager, rows: Placement[]): Promise<PlacementDto[]> {
    if (rows.length === 0) return [];
    const kids: Array<{ id: string; first_name: string; last_name: string; dob: string; measles_proof: MeaslesProofStatus }> =
      await m.query(
        `SELECT id, first_name, last_name, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, measles_proof FROM child WHERE id = ANY($1::uuid[])`,
        [[...new Set(rows.map((r) => r.childId))]],
      );
    const cms: Array<{ id: string; name: string }> = await m.query(
      `SELECT id, concat_ws(' ', first_name, last_name) AS name FROM childminder WHERE id = ANY($1::uuid[])`,
      [[...new Set(rows.map((r) => r.childminderId))]],
    );
    const kid = new Map(kids.map((k) => [k.id, k]));
    const cm = new Map(cms.map((c) => [c.id, c.name]));
    const today = this.today();
    return rows.map((p) => {
      const k = kid.get(p.childId);
      const measles = k?.measles_proof ?? 'missing';
      return {
        id: p.id,
        childId: p.childId,
        child: { firstName: k?.first_name ?? '', lastName: k?.last_name ?? '', dateOfBirth: k?.dob ?? '', measlesProof: measles },
        childminderId: p.childminderId,
        childminderName: cm.get(p.childminderId) ?? '',
        careRequestId: p.careRequestId,
        startOn: p.startOn,
        settlingInUntil: p.settlingInUntil,
        endOn: p.endOn,
        endReason: p.endReason,
        schedule: p.schedule,
        weeklyHours: Math.round((p.weeklyMinutes / 60) * 100) / 100,
        state: placementState(p, measles, today),
        createdAt: p.createdAt.toISOString(),
        version: p.version,
      };
    });
  }
}
