import { createChildminder, recordEvidence, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** GET /api/childminders: search, filters, sort and pagination for the advisory service. */
describe('advisor list of childminders', () => {
  let ctx: TestContext;
  let advisor: ApiClient;
  const f: Record<string, ChildminderFixture> = {};

  const names = (res: { body: { items: Array<{ lastName: string }> } }) => res.body.items.map((i) => i.lastName);

  async function complete(cm: ChildminderFixture) {
    await recordEvidence(ctx.ds, cm, { type: 'qualification_course', date: '2025-06-30', units: 160 });
    await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2026-05-01', units: 9 });
    await recordEvidence(ctx.ds, cm, { type: 'good_conduct', date: '2026-09-01', submittedOn: '2026-09-10', relevantConviction: false });
    for (const type of ['ifsg_instruction', 'measles_protection', 'medical_certificate', 'home_visit'] as const) {
      await recordEvidence(ctx.ds, cm, { type, date: '2026-09-15' });
    }
  }

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    const kamen = await createTenant(ctx.ds, { slug: 'kamen' });
    const unna = await createTenant(ctx.ds, { slug: 'unna' });
    f['weiss'] = await createChildminder(ctx.ds, kamen, { firstName: 'Jürgen', lastName: 'Weiß', status: 'active', district: 'Mitte' });
    f['demir'] = await createChildminder(ctx.ds, kamen, {
      firstName: 'Ayşe',
      lastName: 'Demir',
      status: 'applicant',
      district: 'Methler',
      email: 'ayse.demir@test.example',
    });
    f['schaefer'] = await createChildminder(ctx.ds, kamen, {
      firstName: 'Monika',
      lastName: 'Schäfer',
      status: 'in_qualification',
      district: 'Heeren-Werve',
    });
    f['hoffmann'] = await createChildminder(ctx.ds, kamen, {
      firstName: 'Katrin',
      lastName: 'Hoffmann',
      status: 'suitability_check',
      district: 'Südkamen',
    });
    f['becker'] = await createChildminder(ctx.ds, kamen, {
      firstName: 'Lena',
      lastName: 'Becker',
      status: 'interested',
      district: 'Mitte',
      account: false,
      email: null,
    });
    f['unna'] = await createChildminder(ctx.ds, unna, { firstName: 'Otto', lastName: 'Aaron' });
    await complete(f['weiss']);
    await recordEvidence(ctx.ds, f['weiss'], { type: 'first_aid', date: '2025-01-20', units: 9 }); // older: history only
    await recordEvidence(ctx.ds, f['weiss'], { type: 'continuing_education', date: '2026-01-10', units: 15 }); // expires 2027-01-09: in 45 days
    await recordEvidence(ctx.ds, f['demir'], { type: 'first_aid', date: '2024-10-01', units: 9 }); // expired 2026-09-30
    await complete(f['hoffmann']);
    advisor = ctx.client();
    await advisor.login((await createUser(ctx.ds, kamen, 'advisor')).email, TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it("lists the office's files by name with page and total, and audits the list", async () => {
    const res = await advisor.get('/api/childminders');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 5, page: 1, pageSize: 25 });
    expect(names(res)).toEqual(['Becker', 'Demir', 'Hoffmann', 'Schäfer', 'Weiß']);
    const p2 = await advisor.get('/api/childminders?pageSize=2&page=2');
    expect(p2.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(names(p2)).toEqual(['Hoffmann', 'Schäfer']);
    expect((await advisor.get('/api/childminders?pageSize=2&page=9')).body).toMatchObject({ total: 5, items: [] });
    const audits = await ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'childminder.list'`);
    expect(audits.map((a: { details: { ids: string[] } }) => a.details.ids.length).sort()).toEqual([0, 2, 5]);
  });

  it('shows status, district, next expiry and the evidence counts per row', async () => {
    const res = await advisor.get('/api/childminders');
    const row = (n: string) => res.body.items.find((i: { lastName: string }) => i.lastName === n);
    expect(row('Weiß')).toMatchObject({
      status: 'active',
      district: 'Mitte',
      nextExpiry: '2027-01-09',
      evidence: { expiring: 1, expired: 0, missing: 0 },
    });
    expect(row('Demir')).toMatchObject({ nextExpiry: '2026-09-30', evidence: { expired: 1 } });
    expect(row('Demir').evidence.missing).toBeGreaterThanOrEqual(5);
    expect(row('Hoffmann')).toMatchObject({ evidence: { expiring: 0, expired: 0, missing: 0 } });
    expect(row('Becker')).toMatchObject({ email: null, nextExpiry: null });
  });

  it.each([
    ['q=schä', ['Schäfer']],
    ['q=AYSE.DEMIR@', ['Demir']],
    ['q=jürgen weiß', ['Weiß']],
    ['q=%25', []],
    ['status=applicant', ['Demir']],
    ['district=Mitte', ['Becker', 'Weiß']],
    ['district=Mitte&status=active', ['Weiß']],
    ['expiringWithinDays=90', ['Weiß']],
    ['expiringWithinDays=30', []],
    ['missingEvidence=true', ['Becker', 'Demir', 'Schäfer']],
    ['missingEvidence=false', ['Hoffmann', 'Weiß']],
    ['missingEvidence=true&district=Methler', ['Demir']],
    ['sort=nextExpiry', ['Demir', 'Weiß', 'Hoffmann', 'Becker', 'Schäfer']],
    ['sort=name&order=desc', ['Weiß', 'Schäfer', 'Hoffmann', 'Demir', 'Becker']],
    ['sort=status', ['Becker', 'Demir', 'Schäfer', 'Hoffmann', 'Weiß']],
    ['sort=createdAt&order=desc&pageSize=2', ['Becker', 'Hoffmann']],
  ])('GET /api/childminders?%s', async (query, expected) => {
    const res = await advisor.get(`/api/childminders?${query}`);
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(expected);
  });

  it('the expiring filter includes a household member’s certificate and ignores superseded items', async () => {
    const cm = await createChildminder(
      ctx.ds,
      { id: f['weiss'].tenantId, name: '' },
      { lastName: 'Zander', adultHouseholdMembers: ['Uwe Zander'] },
    );
    await recordEvidence(ctx.ds, cm, { type: 'good_conduct', date: '2022-01-10', personName: 'Uwe Zander', relevantConviction: false }); // expires 2027-01-09
    expect(names(await advisor.get('/api/childminders?expiringWithinDays=60'))).toEqual(['Weiß', 'Zander']);
    await recordEvidence(ctx.ds, cm, { type: 'good_conduct', date: '2026-11-01', personName: 'Uwe Zander', relevantConviction: false });
    expect(names(await advisor.get('/api/childminders?expiringWithinDays=60'))).toEqual(['Weiß']);
  });

  it.each([
    ['status=sleeping', 'status'],
    ['sort=age', 'sort'],
    ['order=up', 'order'],
    ['expiringWithinDays=-1', 'expiringWithinDays'],
    ['expiringWithinDays=abc', 'expiringWithinDays'],
    ['missingEvidence=vielleicht', 'missingEvidence'],
    ['pageSize=1000', 'pageSize'],
  ])('refuses %s with 400 on the field', async (query, field) => {
    const res = await advisor.get(`/api/childminders?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe(field);
  });
});
