import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ConfirmVacancyDto,
  CreateVacancyDto,
  FieldError,
  Page,
  PageQueryDto,
  UpdateVacancyDto,
  VacancyDetailsDto,
  VacancyDto,
} from '@lotse/shared/contracts';
import { todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, type AppConfig, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { OWN_CHILDMINDER_SQL, ownChildminderId, partiesOf } from '../actor-childminder';
import { Vacancy } from '../entities';
import { vacancyState } from '../placement-rules';

const STALE = 'Der freie Platz wurde inzwischen geändert. Bitte laden Sie neu.';

/**
 * Childminders publish free places and keep them current; advisors search them. A place not
 * confirmed for 30 days asks to be confirmed (reminder job), after 40 days it is hidden from the
 * advisors until confirmed again.
 */
@Injectable()
export class Vacancies {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  private today(): string {
    return todayIn(this.config.TZ_OFFICE, this.clock.now());
  }

  async list(actor: RequestUser, q: PageQueryDto & { childminderId?: string }): Promise<Page<VacancyDto>> {
    const m = this.dataSource.manager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const qb = m.getRepository(Vacancy).createQueryBuilder('v').where('v.tenantId = :t', { t: actor.tenantId });
    // `own`: her own vacancies, all of them; the office's staff see what is on offer.
    if ((await this.policy.require(actor, 'vacancy.list')) === 'own') qb.andWhere(OWN_CHILDMINDER_SQL('v.childminder_id'), { u: actor.id });
    else {
      // Advisors see what is on offer: not withdrawn, confirmed within the last 40 days.
      qb.andWhere('v.withdrawnAt IS NULL').andWhere(`v.confirmedAt > :cut`, {
        cut: new Date(this.clock.now().getTime() - 40 * 86_400_000),
      });
      if (q.childminderId) qb.andWhere('v.childminderId = :c', { c: q.childminderId });
    }
    const [rows, total] = await qb
      .orderBy('v.fromDate', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.dtos(m, rows), total, page, pageSize };
  }

  async create(actor: RequestUser, dto: CreateVacancyDto): Promise<VacancyDto> {
    return this.dataSource.transaction(async (m) => {
      const childminderId = await ownChildminderId(m, actor);
      this.check(dto, null);
      const repo = m.getRepository(Vacancy);
      const v = repo.create({
        tenantId: actor.tenantId,
        childminderId,
        confirmedAt: this.clock.now(),
        withdrawnAt: null,
        confirmRemindedAt: null,
        hiddenNotifiedAt: null,
      });
      apply(v, dto);
      const saved = await repo.save(v);
      await this.audit.record({ action: 'vacancy.create', actor, targetType: 'vacancy', targetId: saved.id }, m);
      return (await this.dtos(m, [saved]))[0];
    });
  }

  async update(actor: RequestUser, id: string, dto: UpdateVacancyDto): Promise<VacancyDto> {
    return this.change(actor, id, dto.version, 'vacancy.update', (v) => {
      this.check(dto, v.fromDate);
      apply(v, dto);
      confirmNow(v, this.clock.now());
    });
  }

  /** "Still free": the childminder confirms the place (also shows a hidden one again). */
  async confirm(actor: RequestUser, id: string, dto: ConfirmVacancyDto): Promise<VacancyDto> {
    return this.change(actor, id, dto.version, 'vacancy.confirm', (v) => {
      confirmNow(v, this.clock.now());
    });
  }

  async withdraw(actor: RequestUser, id: string, dto: ConfirmVacancyDto): Promise<VacancyDto> {
    return this.change(actor, id, dto.version, 'vacancy.withdraw', (v) => {
      v.withdrawnAt = this.clock.now();
    });
  }

  private async change(
    actor: RequestUser,
    id: string,
    version: number,
    action: 'vacancy.update' | 'vacancy.confirm' | 'vacancy.withdraw',
    fn: (v: Vacancy) => void,
  ) {
    return this.dataSource.transaction(async (m) => {
      const found = await m.getRepository(Vacancy).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const owners = found ? await partiesOf(m, found.childminderId, null) : [];
      const v = await this.policy.requireRecord(
        actor,
        'vacancy.write',
        { type: 'vacancy', id, notFound: 'Freier Platz nicht gefunden.' },
        found,
        (x) => ({
          tenantId: x.tenantId,
          owners,
        }),
      );
      if (v.version !== version) throw apiError(409, STALE);
      if (v.withdrawnAt) throw apiError(422, 'Dieser freie Platz wurde bereits zurückgenommen.');
      fn(v);
      const saved = await m.getRepository(Vacancy).save(v);
      await this.audit.record({ action, actor, targetType: 'vacancy', targetId: id }, m);
      return (await this.dtos(m, [saved]))[0];
    });
  }

  private check(dto: VacancyDetailsDto, storedFrom: string | null): void {
    const errors: FieldError[] = [];
    if (dto.fromDate < this.today() && dto.fromDate !== storedFrom) {
      errors.push({ field: 'fromDate', message: 'Das Datum darf nicht in der Vergangenheit liegen.', code: 'notPast' });
    }
    if (errors.length) throw apiError(400, 'Die Eingaben sind unvollständig oder ungültig.', errors);
  }

  private async dtos(m: EntityManager, rows: Vacancy[]): Promise<VacancyDto[]> {
    if (rows.length === 0) return [];
    const cms: Array<{ id: string; name: string; district: string }> = await m.query(
      `SELECT id, concat_ws(' ', first_name, last_name) AS name, district FROM childminder WHERE id = ANY($1::uuid[])`,
      [[...new Set(rows.map((r) => r.childminderId))]],
    );
    const byId = new Map(cms.map((c) => [c.id, c]));
    const today = this.today();
    return rows.map((v) => ({
      id: v.id,
      childminderId: v.childminderId,
      childminderName: byId.get(v.childminderId)?.name ?? '',
      district: byId.get(v.childminderId)?.district ?? '',
      fromDate: v.fromDate,
      schedule: v.schedule,
      ages: { fromMonths: v.agesFromMonths, toMonths: v.agesToMonths },
      places: v.places,
      note: v.note,
      state: vacancyState(v, today),
      confirmedAt: v.confirmedAt.toISOString(),
      version: v.version,
    }));
  }
}

function apply(v: Vacancy, dto: VacancyDetailsDto): void {
  v.fromDate = dto.fromDate;
  v.schedule = dto.schedule
    .map((t) => ({ weekday: t.weekday, from: t.from, to: t.to }))
    .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
  v.agesFromMonths = dto.ages.fromMonths;
  v.agesToMonths = dto.ages.toMonths;
  v.places = dto.places;
  v.note = dto.note?.trim() || null;
}

function confirmNow(v: Vacancy, now: Date): void {
  v.confirmedAt = now;
  v.confirmRemindedAt = null;
  v.hiddenNotifiedAt = null;
}
