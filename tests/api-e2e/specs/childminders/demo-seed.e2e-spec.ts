import { DEMO_PASSWORD, seedDemo } from '../../../../apps/api/src/cli/seed-demo';
import { TestContext } from '../../../support/test-app';

/** The demo office (npm start): childminders at different stages with evidence in every state. */
describe('demo seed: childminders of Stadt Kamen', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: new Date().toISOString() });
    await seedDemo(ctx.ds);
  });
  afterAll(() => ctx.close());

  it('is idempotent', async () => {
    const count = async () => (await ctx.ds.query(`SELECT count(*)::int AS n FROM childminder`))[0].n;
    expect(await count()).toBe(6);
    await seedDemo(ctx.ds);
    expect(await count()).toBe(6);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM evidence_rule`))[0].n).toBe(8);
  });

  it('gives the advisor a meaningful list: stages, districts, expiring, expired and missing evidence', async () => {
    const c = ctx.client();
    await c.login('beratung1@kamen.example', DEMO_PASSWORD);
    const all = (await c.get('/api/childminders')).body.items;
    const by = (last: string) => all.find((i: { lastName: string }) => i.lastName === last);
    expect(all.map((i: { status: string }) => i.status).sort()).toEqual([
      'active',
      'applicant',
      'in_qualification',
      'interested',
      'paused',
      'suitability_check',
    ]);
    expect(by('Weiß')).toMatchObject({ district: 'Mitte', status: 'active', evidence: { expiring: 1, expired: 0, missing: 0 } });
    expect(by('Demir').evidence.expired).toBe(1);
    expect(by('Hoffmann').evidence.missing).toBeGreaterThanOrEqual(6);
    expect(by('Yıldız').evidence).toMatchObject({ expiring: 1, expired: 1 });
    const expiring = (await c.get('/api/childminders?expiringWithinDays=90')).body.items.map((i: { lastName: string }) => i.lastName);
    expect(expiring.sort()).toEqual(['Weiß', 'Yıldız']);
    const complete = (await c.get('/api/childminders?missingEvidence=false')).body.items.map((i: { lastName: string }) => i.lastName);
    // Yıldız: only the (optional) continuing education has expired.
    expect(complete.sort()).toEqual(['Weiß', 'Yıldız']);
  });

  it('each demo childminder signs in and sees her own checklist', async () => {
    for (const n of [1, 2, 3, 4]) {
      const c = ctx.client();
      await c.login(`tpp${n}@kamen.example`, DEMO_PASSWORD);
      const res = await c.get('/api/childminders/me/checklist');
      expect(res.status).toBe(200);
      expect(res.body.entries.length).toBeGreaterThanOrEqual(8);
    }
    const c = ctx.client();
    await c.login('tpp3@kamen.example', DEMO_PASSWORD);
    const path = (await c.get('/api/childminders/me/path')).body;
    expect(path.status).toBe('suitability_check');
    expect(path.steps.map((s: { code: string }) => s.code)).toContain('evidence.home_visit');
  });

  it('active and paused demo files hold an issued permit (PDF planned), one application is open', async () => {
    const permits = await ctx.ds.query(
      `SELECT p.number, p.status, c.last_name FROM permit p JOIN childminder c ON c.id = p.childminder_id ORDER BY p.number`,
    );
    expect(permits.map((p: { last_name: string }) => p.last_name).sort()).toEqual(['Weiß', 'Yıldız']);
    expect(permits.every((p: { number: string; status: string }) => /^KAM-\d{4}-\d{4}$/.test(p.number) && p.status === 'issued')).toBe(
      true,
    );
    const renders = await ctx.ds.query(`SELECT 1 FROM outbox WHERE name = 'documents.render-permit'`);
    expect(renders).toHaveLength(2);
    const c = ctx.client();
    await c.login('beratung1@kamen.example', DEMO_PASSWORD);
    const queue = (await c.get('/api/permit-applications')).body.items;
    expect(queue.map((a: { childminderName: string }) => a.childminderName)).toEqual(['Monika Schäfer']);
    await seedDemo(ctx.ds);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM permit`))[0].n).toBe(2);
  });

  it('matching: a vacancy for the active childminder with a permit, an open request, a placement (idempotent)', async () => {
    const c = ctx.client();
    await c.login('beratung1@kamen.example', DEMO_PASSWORD);
    const vacancies = (await c.get('/api/vacancies')).body.items;
    expect(vacancies.map((v: { childminderName: string }) => v.childminderName)).toEqual(['Jürgen Weiß']);
    const queue = (await c.get('/api/care-requests')).body.items;
    expect(queue.map((r: { child: { firstName: string }; status: string }) => `${r.child.firstName}:${r.status}`)).toEqual([
      'Elif:submitted',
    ]);
    const placements = (await c.get('/api/placements')).body.items;
    expect(placements).toHaveLength(1);
    expect(placements[0]).toMatchObject({
      childminderName: 'Jürgen Weiß',
      child: { firstName: 'Paul', measlesProof: 'recorded' },
      weeklyHours: 20,
    });
    const tpp1 = ctx.client();
    await tpp1.login('tpp1@kamen.example', DEMO_PASSWORD);
    const grid = (await tpp1.get('/api/placements/week-grid')).body;
    // Monday 09:00 (quarter 36): Paul is there.
    expect(grid.present[36]).toBe(1);
    expect(grid.maxPresent).toBe(5);
    await seedDemo(ctx.ds);
    for (const table of ['vacancy', 'care_request', 'proposal', 'placement']) {
      expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n).toBe(table === 'care_request' ? 2 : 1);
    }
  });
});
