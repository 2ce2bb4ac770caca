import { checkResult } from '@lotse/matching';
import { buildInstance } from '../../../../libs/server/placements/src/lib/matching/instance-builder';
import type { ApiClient } from '../../../support/api-client';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import { activeChildminder, careRequestBody, parentWithChild, placeDirectly, weekdays } from '../../../fixtures/placements';
import { TestContext } from '../../../support/test-app';
import { waitFor } from '../../../support/wait';

/** Suggestions with reasons and near-misses; a batch run as a job with progress; proposals from its result. */
describe('matching: suggestions and batch runs', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let a: ApiClient;

  async function vacancy(childminderId: string, schedule = weekdays('07:30', '16:00'), ages = [0, 48]) {
    await ctx.ds.query(
      `INSERT INTO vacancy (tenant_id, childminder_id, from_date, schedule, ages_from_months, ages_to_months, places, confirmed_at) VALUES ($1, $2, '2027-08-01', $3, $4, $5, 2, now())`,
      [tenant.id, childminderId, JSON.stringify(schedule), ages[0], ages[1]],
    );
  }

  async function request(over: Record<string, unknown> = {}, dob = '2026-03-14') {
    const { parent, childId } = await parentWithChild(ctx.ds, tenant, dob);
    const p = ctx.client();
    await p.login(parent.email, TEST_PASSWORD);
    const res = await p.post('/api/care-requests', careRequestBody(childId, over));
    expect(res.status).toBe(201);
    return { p, req: res.body };
  }

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
    a = ctx.client();
    await a.login((await createUser(ctx.ds, tenant, 'advisor')).email, TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('suggests childminders passing every hard rule with the reason for each point, and near-misses with why not', async () => {
    const fits = await activeChildminder(ctx.ds, tenant, { firstName: 'Ayşe', lastName: 'Demir' });
    const petsOwner = await activeChildminder(ctx.ds, tenant, { firstName: 'Monika', lastName: 'Schäfer' });
    await ctx.ds.query(`UPDATE childminder SET pets = 'ein Hund', languages = '{Deutsch,Türkisch}' WHERE id = $1`, [petsOwner.id]);
    await ctx.ds.query(`UPDATE childminder SET languages = '{Deutsch}' WHERE id = $1`, [fits.id]);
    await vacancy(fits.id);
    await vacancy(petsOwner.id);
    const { req } = await request({
      needs: { specialNeeds: null, allergies: 'Tierhaare', animalAllergy: true, nutrition: null, languages: ['Deutsch'] },
    });
    const res = await a.get(`/api/care-requests/${req.id}/suggestions`);
    expect(res.status).toBe(200);
    expect(res.body.suggestions.map((s: { childminderId: string }) => s.childminderId)).toEqual([fits.id]);
    const top = res.body.suggestions[0];
    expect(top.childminderName).toBe('Ayşe Demir');
    expect(top.score).toBe(top.reasons.reduce((n: number, r: { points: number }) => n + r.points, 0));
    expect(top.reasons.length).toBeGreaterThan(1);
    const miss = res.body.nearMisses.find((n: { childminderId: string }) => n.childminderId === petsOwner.id);
    expect(miss).toBeTruthy();
    expect(miss.reasons.join(' ')).toMatch(/Tier/);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'matching.suggest' AND target_id = $1`, [
      req.id,
    ]);
    expect(n).toBe(1);
  });

  it('runs a batch as a job, shows progress and a fair result with the priority order, and sends selected proposals', async () => {
    const cm = await activeChildminder(ctx.ds, tenant, { firstName: 'Katrin', lastName: 'Hoffmann', maxChildren: 2 });
    await vacancy(cm.id, weekdays('07:00', '17:00'));
    const requests: Array<{ id: string }> = [];
    for (let i = 0; i < 4; i++) requests.push((await request({ schedule: weekdays('08:00', '12:00') })).req);
    const started = await a.post('/api/matching/runs', { seed: 42 });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'queued', seed: 42 });
    expect(started.body.priorityOrder).toMatch(/Rechtsanspruch/);
    let run = started.body;
    await waitFor(
      async () => {
        run = (await a.get(`/api/matching/runs/${started.body.id}`)).body;
        return run.status === 'done' || run.status === 'failed';
      },
      { timeoutMs: 30_000, what: 'the matching run' },
    );
    expect(run.status).toBe('done');
    expect(run.progress).toBe(100);
    expect(run.summary.placed).toBeGreaterThanOrEqual(2);
    const placedRows = run.rows.filter((r: { childminderId: string | null }) => r.childminderId);
    expect(placedRows.length).toBe(run.summary.placed);
    expect(placedRows[0].reasons.length).toBeGreaterThan(0);
    expect(
      run.rows
        .filter((r: { unplacedReason: string | null }) => r.unplacedReason)
        .every((r: { unplacedReason: string }) => r.unplacedReason.length > 10),
    ).toBe(true);

    // The independent checker on the same instance: no rule broken, no justified envy, no wasted place.
    const [row] = await ctx.ds.query(`SELECT result FROM matching_run WHERE id = $1`, [run.id]);
    const built = await buildInstance(ctx.ds.manager, tenant.id, '2026-11-25', 42);
    const report = checkResult(built.instance, {
      format: row.result.format,
      assignments: row.result.assignments,
      unplaced: row.result.unplaced,
      stats: row.result.stats,
    });
    expect(report).toMatchObject({ ok: true, violations: [], justifiedEnvy: 0, wastedPlaces: 0 });

    const ours = placedRows.filter((r: { careRequestId: string }) => requests.some((q) => q.id === r.careRequestId)).slice(0, 2);
    const sent = await a.post(`/api/matching/runs/${run.id}/proposals`, {
      careRequestIds: ours.map((r: { careRequestId: string }) => r.careRequestId),
    });
    expect(sent.status).toBe(201);
    expect(sent.body.results.map((r: { status: number }) => r.status)).toEqual([201, 201]);
    const after = (await a.get(`/api/matching/runs/${run.id}`)).body;
    expect(after.rows.filter((r: { proposalId: string | null }) => r.proposalId)).toHaveLength(2);
  });

  it('follows the office\'s tie-break: with "older child first" the older of two equal requests gets the one place', async () => {
    const admin = ctx.client();
    await admin.login((await createUser(ctx.ds, tenant, 'admin')).email, TEST_PASSWORD);
    const settings = (await admin.get('/api/admin/matching-settings')).body;
    expect(settings).toMatchObject({ tieBreak: 'lottery' });
    expect(settings.priorityOrder).toMatch(/Losnummer/);
    expect((await admin.put('/api/admin/matching-settings', { tieBreak: 'coinFlip', version: settings.version })).status).toBe(400);
    expect((await a.put('/api/admin/matching-settings', { tieBreak: 'olderFirst', version: settings.version })).status).toBe(403);
    const changed = await admin.put('/api/admin/matching-settings', { tieBreak: 'olderFirst', version: settings.version });
    expect(changed.body).toMatchObject({ tieBreak: 'olderFirst' });
    expect(changed.body.priorityOrder).toMatch(/ältere Kind zuerst/);
    // Earlier requests of this file are out of the way: closed.
    await ctx.ds.query(`UPDATE care_request SET status = 'closed' WHERE tenant_id = $1 AND status IN ('submitted', 'in_review')`, [
      tenant.id,
    ]);
    const cm = await activeChildminder(ctx.ds, tenant, { maxChildren: 1, lastName: 'Einzelplatz' });
    await vacancy(cm.id, weekdays('07:00', '17:00'));
    const younger = (await request({ schedule: weekdays('08:00', '12:00') }, '2026-02-01')).req;
    const older = (await request({ schedule: weekdays('08:00', '12:00') }, '2025-11-01')).req;
    await ctx.ds.query(`UPDATE care_request SET submitted_at = '2026-11-20T10:00:00Z' WHERE id = ANY($1::uuid[])`, [
      [younger.id, older.id],
    ]);
    // Other childminders of this file must not take either child: only the single place is in the instance.
    await ctx.ds.query(`UPDATE vacancy SET withdrawn_at = now() WHERE tenant_id = $1 AND childminder_id <> $2`, [tenant.id, cm.id]);
    const started = (await a.post('/api/matching/runs', { seed: 1 })).body;
    expect(started.priorityOrder).toMatch(/ältere Kind zuerst/);
    let run = started;
    await waitFor(
      async () => {
        run = (await a.get(`/api/matching/runs/${started.id}`)).body;
        return run.status === 'done' || run.status === 'failed';
      },
      { timeoutMs: 30_000, what: 'the matching run' },
    );
    const placed = run.rows
      .filter((r: { childminderId: string | null }) => r.childminderId === cm.id)
      .map((r: { careRequestId: string }) => r.careRequestId);
    expect(placed).toEqual([older.id]);
    expect(run.rows.find((r: { careRequestId: string }) => r.careRequestId === younger.id).unplacedReason).toBeTruthy();
  });

  it("keeps matching to the office's advisors", async () => {
    const { p, req } = await request();
    expect((await p.get(`/api/care-requests/${req.id}/suggestions`)).status).toBe(403);
    expect((await p.post('/api/matching/runs', {})).status).toBe(403);
    const other = await createTenant(ctx.ds, { slug: 'unna' });
    const oa = ctx.client();
    await oa.login((await createUser(ctx.ds, other, 'advisor')).email, TEST_PASSWORD);
    expect((await oa.get(`/api/care-requests/${req.id}/suggestions`)).status).toBe(404);
    const run = (await a.post('/api/matching/runs', {})).body;
    expect((await oa.get(`/api/matching/runs/${run.id}`)).status).toBe(404);
    expect((await a.post('/api/matching/runs', { seed: -1 })).status).toBe(400);
  });

  it('never answers from a stale engine: every write to matching input changes the next suggestions at once', async () => {
    // Out of the way: earlier requests and vacancies of this file.
    await ctx.ds.query(`UPDATE vacancy SET withdrawn_at = now() WHERE tenant_id = $1 AND withdrawn_at IS NULL`, [tenant.id]);
    const cm = await activeChildminder(ctx.ds, tenant, { firstName: 'Sabine', lastName: 'Cachefrei', maxChildren: 1 });
    await vacancy(cm.id, weekdays('07:00', '17:00'));
    const { req } = await request({ schedule: weekdays('08:00', '12:00') });
    const ids = async () =>
      (await a.get(`/api/care-requests/${req.id}/suggestions`)).body.suggestions.map((s: { childminderId: string }) => s.childminderId);
    const version = async () =>
      Number((await ctx.ds.query(`SELECT version FROM matching_data_version WHERE tenant_id = $1`, [tenant.id]))[0].version);
    expect(await ids()).toEqual([cm.id]);
    // Reading changes nothing: the version (and so the cached engine) stays.
    const v0 = await version();
    expect(await ids()).toEqual([cm.id]);
    expect(await version()).toBe(v0);

    // A new placement fills her only place: the very next answer no longer suggests her.
    const placement = await placeDirectly(ctx.ds, tenant, cm.id, weekdays('08:00', '12:00'), { startOn: '2027-01-01' });
    expect(await version()).toBeGreaterThan(v0);
    expect(await ids()).toEqual([]);
    // It ends before August: she is back.
    await ctx.ds.query(`UPDATE placement SET end_on = '2027-07-31' WHERE id = $1`, [placement]);
    expect(await ids()).toEqual([cm.id]);
    // Her permit is revoked (one write, in a transaction with others): gone again.
    await ctx.ds.transaction(async (m) => {
      await m.query(`UPDATE permit SET status = 'revoked', revoked_on = '2027-02-01' WHERE childminder_id = $1`, [cm.id]);
      await m.query(`UPDATE childminder SET languages = '{Deutsch,Polnisch}' WHERE id = $1`, [cm.id]);
    });
    expect(await ids()).toEqual([]);
    await ctx.ds.query(`UPDATE permit SET status = 'issued', revoked_on = NULL WHERE childminder_id = $1`, [cm.id]);
    expect(await ids()).toEqual([cm.id]);
    // The childminder pauses, the vacancy is withdrawn, the request's schedule changes: each seen at once.
    await ctx.ds.query(`UPDATE childminder SET status = 'paused' WHERE id = $1`, [cm.id]);
    expect(await ids()).toEqual([]);
    await ctx.ds.query(`UPDATE childminder SET status = 'active' WHERE id = $1`, [cm.id]);
    expect(await ids()).toEqual([cm.id]);
    await ctx.ds.query(`UPDATE care_request SET schedule = $2 WHERE id = $1`, [req.id, JSON.stringify(weekdays('16:00', '18:00'))]);
    expect(await ids()).toEqual([]);
    await ctx.ds.query(`UPDATE care_request SET schedule = $2 WHERE id = $1`, [req.id, JSON.stringify(weekdays('08:00', '12:00'))]);
    expect(await ids()).toEqual([cm.id]);
    await ctx.ds.query(`UPDATE vacancy SET withdrawn_at = now() WHERE childminder_id = $1`, [cm.id]);
    expect(await ids()).toEqual([]);
    // A rolled-back write bumps nothing.
    const v1 = await version();
    await ctx.ds
      .transaction(async (m) => {
        await m.query(`UPDATE vacancy SET withdrawn_at = NULL WHERE childminder_id = $1`, [cm.id]);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await version()).toBe(v1);
    expect(await ids()).toEqual([]);
  });
});
