import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTenant, createUser, TEST_PASSWORD } from '../fixtures/factories';
import { activeChildminder, weekdays } from '../fixtures/placements';
import type { ApiClient } from '../support/api-client';
import { TestContext } from '../support/test-app';

const CHILDMINDERS = 20;
const PROPOSALS_PER_CHILDMINDER = 10;
/** Free places each childminder has (morning children; the rest of the proposals must be refused). */
const FREE_PLACES = 2;
const CONCURRENCY = 50;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { n: s.length, median: +at(50).toFixed(1), p95: +at(95).toFixed(1), max: +s[s.length - 1].toFixed(1) };
}

/**
 * Acceptances under contention: 20 childminders with 2 free places each and 10 proposals each, all
 * already accepted by the parents; the childminders' 200 acceptances are fired through the HTTP API
 * with 50 in flight at a time. Prints throughput and latency percentiles of the accepted and the
 * refused (409) answers, and checks the outcome: exactly 2 placements per childminder. Figures
 * only (no target in the issue beyond "never overbook"); written to tests/bench/results/placements.json.
 */
describe('benchmark: proposal acceptances under contention', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
  });
  afterAll(() => ctx.close());

  it('measures', async () => {
    const tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    const advisor = await createUser(ctx.ds, tenant, 'advisor');
    const jobs: Array<{ client: ApiClient; proposalId: string }> = [];
    for (let i = 0; i < CHILDMINDERS; i++) {
      const cm = await activeChildminder(ctx.ds, tenant, { maxChildren: 5, lastName: `Bench${i}` });
      // 3 children all morning: 2 places left in the mornings.
      for (let k = 0; k < 5 - FREE_PLACES; k++) {
        await ctx.ds.query(
          `WITH p AS (INSERT INTO app_user (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, $2, 'x', 'P', 'B', 'parent') RETURNING id),
                c AS (INSERT INTO child (tenant_id, parent_id, first_name, last_name, date_of_birth) SELECT $1, id, 'K', 'B', '2025-05-01' FROM p RETURNING id)
           INSERT INTO placement (tenant_id, child_id, childminder_id, start_on, settling_in_until, end_on, schedule, weekly_minutes)
           SELECT $1, id, $3, '2027-01-01', '2027-01-28', '2030-12-31', $4, 1350 FROM c`,
          [tenant.id, `bp-${i}-${k}@bench.example`, cm.id, JSON.stringify(weekdays('08:00', '12:30'))],
        );
      }
      const client = ctx.client();
      await client.login(cm.user!.email, TEST_PASSWORD);
      for (let j = 0; j < PROPOSALS_PER_CHILDMINDER; j++) {
        const [{ id }] = await ctx.ds.query(
          `WITH p AS (INSERT INTO app_user (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, $2, 'x', 'P', 'B', 'parent') RETURNING id),
                c AS (INSERT INTO child (tenant_id, parent_id, first_name, last_name, date_of_birth) SELECT $1, id, 'K', 'B', '2026-03-01' FROM p RETURNING id, parent_id),
                r AS (INSERT INTO care_request (tenant_id, child_id, parent_id, status, desired_start, schedule, weekly_minutes, street, postcode, city, district,
                                                max_distance_km, needs, wishes, age_at_start_months, entitled, submitted_at)
                      SELECT $1, c.id, c.parent_id, 'proposal', '2027-08-01', $4, 1350, 'Am Markt 1', '59174', 'Kamen', 'Mitte', 5,
                             '{"animalAllergy":false,"languages":[]}', '{"noSmokingHousehold":false,"petsOk":true,"siblingsTogether":false}', 17, true, now() FROM c RETURNING id)
           INSERT INTO proposal (tenant_id, care_request_id, childminder_id, status, start_on, schedule, settling_in_weeks, proposed_by, parent_answer, parent_answered_at)
           SELECT $1, r.id, $3, 'open', '2027-08-01', $4, 4, $5, 'accept', now() FROM r RETURNING id`,
          [tenant.id, `br-${i}-${j}@bench.example`, cm.id, JSON.stringify(weekdays('08:00', '12:30')), advisor.id],
        );
        jobs.push({ client, proposalId: id });
      }
    }
    // Interleave the childminders so every batch contends on many rows at once.
    jobs.sort((x, y) => x.proposalId.localeCompare(y.proposalId));
    const accepted: number[] = [];
    const refused: number[] = [];
    const other: number[] = [];
    const started = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < jobs.length) {
          const job = jobs[next++];
          const t = process.hrtime.bigint();
          const res = await job.client.post(`/api/proposals/${job.proposalId}/answer`, { answer: 'accept', version: 1 });
          const ms = Number(process.hrtime.bigint() - t) / 1e6;
          (res.status === 201 ? accepted : res.status === 409 ? refused : other).push(ms);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const perCm: Array<{ n: number }> = await ctx.ds.query(
      `SELECT count(*)::int AS n FROM placement p JOIN childminder c ON c.id = p.childminder_id WHERE c.last_name LIKE 'Bench%' AND p.proposal_id IS NOT NULL GROUP BY c.id`,
    );
    const out = {
      setup: {
        childminders: CHILDMINDERS,
        proposalsPerChildminder: PROPOSALS_PER_CHILDMINDER,
        freePlacesEach: FREE_PLACES,
        concurrency: CONCURRENCY,
      },
      seconds: +seconds.toFixed(2),
      answersPerSecond: +(jobs.length / seconds).toFixed(1),
      accepted: stats(accepted),
      refused409: stats(refused),
      otherStatuses: other.length,
      placementsPerChildminder: [...new Set(perCm.map((r) => r.n))],
      overbooked: perCm.filter((r) => r.n > FREE_PLACES).length,
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'placements.json'), `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\n${jobs.length} acceptances (${CONCURRENCY} in flight) in ${out.seconds} s = ${out.answersPerSecond}/s`);
    console.table({ accepted: out.accepted, refused409: out.refused409 });
    console.log(
      `placements per childminder: ${out.placementsPerChildminder.join(', ')}; overbooked: ${out.overbooked}; other statuses: ${other.length}`,
    );
    expect(out.overbooked).toBe(0);
    expect(accepted).toHaveLength(CHILDMINDERS * FREE_PLACES);
  });
});
