import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PRIORITY_ORDER_DE } from '@lotse/shared/contracts/values';
import type {
  MatchingRunDto,
  MatchingRunRowDto,
  Page,
  PageQueryDto,
  SendRunProposalsDto,
  SendRunProposalsResultDto,
  StartMatchingRunDto,
} from '@lotse/shared/contracts';
import { todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, type AppConfig, Clock, OutboxService, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { HttpException } from '@nestjs/common';
import { createHash, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MatchingRun } from '../entities';
import { Propose } from '../usecases/propose';
import { MatchingGeocoder } from './matching-geocoder';
import { buildInstance } from './instance-builder';
import { officeTieBreak } from './matching-settings';
import { MatchingThread } from './matching-thread';
import { childminderNames } from './suggestions';

/**
 * Batch matching for all open requests of an office (e.g. before 1 August): the advisor starts a
 * run (planned as a job in the same transaction), the worker computes it with progress, the advisor
 * reviews the table and sends proposals for the rows she selects. The priority order (legal
 * entitlement, then date of request, then the seeded lottery) is stated on every result.
 */
@Injectable()
export class MatchingRuns {
  private readonly logger = new Logger(MatchingRuns.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly geocoder: MatchingGeocoder,
    private readonly thread: MatchingThread,
    private readonly policy: AccessPolicy,
  ) {}

  async start(actor: RequestUser, dto: StartMatchingRunDto): Promise<MatchingRunDto> {
    const priorityOrder = PRIORITY_ORDER_DE[await officeTieBreak(this.dataSource.manager, actor.tenantId)];
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(MatchingRun);
      const run = await repo.save(
        repo.create({
          tenantId: actor.tenantId,
          status: 'queued',
          seed: dto.seed ?? randomInt(0, 2_147_483_647),
          progress: 0,
          requestedBy: actor.id,
          instanceHash: null,
          result: null,
          summary: null,
          error: null,
          startedAt: null,
          finishedAt: null,
        }),
      );
      await this.outbox.plan(m, { name: 'matching.batch', tenantId: actor.tenantId, jobId: `matching.${run.id}`, data: { runId: run.id } });
      await this.audit.record(
        { action: 'matching.run', actor, targetType: 'matching_run', targetId: run.id, details: { seed: run.seed } },
        m,
      );
      return this.toDto(run, [], priorityOrder);
    });
  }

  async list(actor: RequestUser, q: PageQueryDto): Promise<Page<MatchingRunDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 10;
    const [rows, total] = await this.dataSource.getRepository(MatchingRun).findAndCount({
      where: { tenantId: actor.tenantId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map((r) => this.toDto(r, [])), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<MatchingRunDto> {
    const run = await this.policy.requireRecord(
      actor,
      'matching.read',
      { type: 'matching_run', id, notFound: 'Vermittlungslauf nicht gefunden.' },
      await this.dataSource.getRepository(MatchingRun).findOne({ where: { id } }),
      (x) => ({ tenantId: x.tenantId, owners: [] }),
    );
    await this.audit.record({ action: 'matching.read', actor, targetType: 'matching_run', targetId: id });
    return this.toDto(run, run.status === 'done' && run.result ? await this.rows(run) : []);
  }

  /** Worker: computes a queued run (idempotent: a finished run is left as it is). */
  async compute(runId: string, progress: (p: number) => Promise<void> = async () => undefined): Promise<void> {
    const repo = this.dataSource.getRepository(MatchingRun);
    const run = await repo.findOne({ where: { id: runId } });
    if (!run || run.status === 'done') return;
    await repo.update(run.id, { status: 'running', startedAt: this.clock.now(), progress: 10 });
    await progress(10);
    try {
      const today = todayIn(this.config.TZ_OFFICE, this.clock.now());
      const built = await buildInstance(
        this.dataSource.manager,
        run.tenantId,
        today,
        run.seed,
        undefined,
        false,
        this.clock.now(),
        this.geocoder,
      );
      const priorityOrder = PRIORITY_ORDER_DE[await officeTieBreak(this.dataSource.manager, run.tenantId)];
      await repo.update(run.id, { progress: 40 });
      await progress(40);
      // The computation runs in a worker thread; its progress (0–100) maps to 40–90 here.
      // Progress writes are chained (never overtaking each other or the final row) and awaited below.
      let last = 40;
      let reported: Promise<unknown> = Promise.resolve();
      const { result, details, unplacedParams, millis } = await this.thread.run(built.instance, (p) => {
        const mapped = 40 + Math.floor(p / 2);
        if (mapped <= last) return;
        last = mapped;
        reported = reported.then(() => Promise.all([repo.update(run.id, { progress: mapped }), progress(mapped)])).catch(() => undefined);
      });
      await reported;
      await repo.update(run.id, {
        status: 'done',
        progress: 100,
        instanceHash: createHash('sha256').update(JSON.stringify(built.instance)).digest('hex'),
        result: { ...result, skipped: built.skipped, details, unplacedParams },
        summary: {
          requests: result.stats.requests,
          placed: result.stats.placed,
          entitledRequests: result.stats.entitledRequests,
          entitledPlaced: result.stats.entitledPlaced,
          upperBound: result.stats.upperBound,
          gap: result.stats.gap,
          millis,
          skipped: built.skipped.length,
          priorityOrder,
        },
        finishedAt: this.clock.now(),
      });
      await progress(100);
    } catch (e) {
      this.logger.error(`matching run ${run.id} failed: ${String(e)}`);
      await repo.update(run.id, {
        status: 'failed',
        error: 'Der Vermittlungslauf ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
        finishedAt: this.clock.now(),
      });
      throw e;
    }
  }

  /** Proposals for the selected rows, one by one with the same checks as a single proposal. */
  async sendProposals(actor: RequestUser, id: string, dto: SendRunProposalsDto, propose: Propose): Promise<SendRunProposalsResultDto> {
    const run = await this.dataSource.getRepository(MatchingRun).findOne({ where: { id } });
    if (!run || run.tenantId !== actor.tenantId) throw apiError(404, 'Vermittlungslauf nicht gefunden.');
    if (run.status !== 'done' || !run.result) throw apiError(422, 'Der Vermittlungslauf ist noch nicht fertig.');
    const assigned = new Map(run.result.assignments.map((a) => [a.requestId, a.childminderId]));
    const results: SendRunProposalsResultDto['results'] = [];
    for (const requestId of [...new Set(dto.careRequestIds)]) {
      const childminderId = assigned.get(requestId);
      if (!childminderId) {
        results.push({ careRequestId: requestId, status: 422, proposalId: null, message: 'In diesem Lauf ohne Platz.' });
        continue;
      }
      try {
        const [{ version }] = await this.dataSource.query(`SELECT version FROM care_request WHERE id = $1`, [requestId]);
        const p = await propose.create(actor, requestId, { childminderId, requestVersion: version });
        results.push({ careRequestId: requestId, status: 201, proposalId: p.id, message: null });
      } catch (e) {
        if (!(e instanceof HttpException)) throw e;
        const body = e.getResponse() as { message?: string };
        results.push({ careRequestId: requestId, status: e.getStatus(), proposalId: null, message: body.message ?? null });
      }
    }
    return { results };
  }

  private async rows(run: MatchingRun): Promise<MatchingRunRowDto[]> {
    const result = run.result!;
    const m = this.dataSource.manager;
    const ids = [...result.assignments.map((a) => a.requestId), ...result.unplaced.map((u) => u.requestId)];
    const reqs: Array<{ id: string; first_name: string; last_name: string; age: number; entitled: boolean; submitted_at: Date }> =
      ids.length
        ? await m.query(
            `SELECT r.id, c.first_name, c.last_name, r.age_at_start_months AS age, r.entitled, r.submitted_at FROM care_request r JOIN child c ON c.id = r.child_id WHERE r.id = ANY($1::uuid[])`,
            [ids],
          )
        : [];
    const proposals: Array<{ care_request_id: string; id: string }> = ids.length
      ? await m.query(`SELECT care_request_id, id FROM proposal WHERE care_request_id = ANY($1::uuid[]) AND created_at >= $2`, [
          ids,
          run.finishedAt ?? run.createdAt,
        ])
      : [];
    const byId = new Map(reqs.map((r) => [r.id, r]));
    const proposalOf = new Map(proposals.map((p) => [p.care_request_id, p.id]));
    const names = await childminderNames(
      m,
      result.assignments.map((a) => a.childminderId),
    );
    const priority = [...byId.values()].sort(
      (a, b) => Number(b.entitled) - Number(a.entitled) || a.submitted_at.getTime() - b.submitted_at.getTime(),
    );
    const rank = new Map(priority.map((r, i) => [r.id, i + 1]));
    const rows: MatchingRunRowDto[] = [];
    for (const a of result.assignments) {
      const r = byId.get(a.requestId);
      if (!r) continue;
      const s = result.details?.[a.requestId];
      rows.push({
        careRequestId: a.requestId,
        child: { firstName: r.first_name, lastName: r.last_name, ageAtStartMonths: r.age },
        entitled: r.entitled,
        submittedAt: r.submitted_at.toISOString(),
        priority: rank.get(a.requestId) ?? 0,
        childminderId: a.childminderId,
        childminderName: names.get(a.childminderId)?.name ?? '',
        score: s?.score ?? null,
        distanceKm: s?.distanceKm ?? null,
        reasons: s?.reasons ?? [],
        unplacedReason: null,
        unplacedCode: null,
        unplacedParams: null,
        proposalId: proposalOf.get(a.requestId) ?? null,
      });
    }
    for (const u of result.unplaced) {
      const r = byId.get(u.requestId);
      if (!r) continue;
      rows.push({
        careRequestId: u.requestId,
        child: { firstName: r.first_name, lastName: r.last_name, ageAtStartMonths: r.age },
        entitled: r.entitled,
        submittedAt: r.submitted_at.toISOString(),
        priority: rank.get(u.requestId) ?? 0,
        childminderId: null,
        childminderName: null,
        score: null,
        distanceKm: null,
        reasons: [],
        unplacedReason: u.reason,
        unplacedCode: u.code ?? null,
        unplacedParams: result.unplacedParams?.[u.requestId] ?? null,
        proposalId: null,
      });
    }
    return rows.sort((x, y) => x.priority - y.priority);
  }

  private toDto(
    r: MatchingRun,
    rows: MatchingRunRowDto[],
    priorityOrder = r.summary?.priorityOrder ?? PRIORITY_ORDER_DE.lottery,
  ): MatchingRunDto {
    return {
      id: r.id,
      status: r.status,
      progress: r.progress,
      seed: r.seed,
      priorityOrder,
      requestedBy: r.requestedBy,
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      error: r.error,
      summary: r.summary,
      rows,
    };
  }
}
