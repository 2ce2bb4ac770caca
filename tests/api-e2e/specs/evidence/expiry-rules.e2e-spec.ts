import { createChildminder, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

interface Entry {
  type: string;
  personName: string | null;
  status: string;
  expiresOn: string | null;
  warnFrom: string | null;
  reason: string | null;
}

/**
 * Evidence status over time with the controlled clock (Europe/Berlin dates), for every rule with a
 * validity, units or a maximum age, and the admin's rule change (stored expiries follow at once).
 */
describe('evidence expiry and rules', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let advisor: ApiClient;
  let asAdmin: ApiClient;

  const entry = async (cm: ChildminderFixture, type: string, personName: string | null = null): Promise<Entry> => {
    const res = await advisor.get(`/api/childminders/${cm.id}/checklist`);
    expect(res.status).toBe(200);
    return res.body.entries.find((e: Entry) => e.type === type && e.personName === personName);
  };
  const record = async (cm: ChildminderFixture, body: Record<string, unknown>) => {
    const res = await advisor.post(`/api/childminders/${cm.id}/evidence`, body);
    expect(res.status).toBe(201);
    return res.body;
  };
  /** Noon in Berlin on a date (the clock runs in UTC). */
  const on = (date: string) => ctx.clock.set(`${date}T11:00:00Z`);

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2025-03-20T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    admin = await createUser(ctx.ds, tenant, 'admin');
    advisor = ctx.client();
    await advisor.login((await createUser(ctx.ds, tenant, 'advisor')).email, TEST_PASSWORD);
    asAdmin = ctx.client();
    await asAdmin.login(admin.email, TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('first aid (2 years, ≥ 9 UE): expiring 90 days before, expired the day after, on Berlin dates', async () => {
    const cm = await createChildminder(ctx.ds, tenant);
    const item = await record(cm, { type: 'first_aid', date: '2025-03-10', units: 9 });
    expect(item).toMatchObject({ expiresOn: '2027-03-09', current: true, acceptable: true, verified: true });
    on('2026-12-08');
    expect(await entry(cm, 'first_aid')).toMatchObject({ status: 'valid', expiresOn: '2027-03-09', warnFrom: '2026-12-09', reason: null });
    // 23:30 UTC on 8 December is already 9 December in Kamen.
    ctx.clock.set('2026-12-08T22:59:00Z');
    expect((await entry(cm, 'first_aid')).status).toBe('valid');
    ctx.clock.set('2026-12-08T23:30:00Z');
    expect(await entry(cm, 'first_aid')).toMatchObject({ status: 'expiring', reason: 'Läuft am 09.03.2027 ab.' });
    on('2027-03-09');
    expect((await entry(cm, 'first_aid')).status).toBe('expiring');
    on('2027-03-10');
    expect(await entry(cm, 'first_aid')).toMatchObject({ status: 'expired', reason: 'Abgelaufen am 09.03.2027.' });
  });

  it('first aid with too few units counts as missing, with the reason', async () => {
    on('2025-04-01');
    const cm = await createChildminder(ctx.ds, tenant);
    const item = await record(cm, { type: 'first_aid', date: '2025-03-10', units: 8 });
    expect(item).toMatchObject({ acceptable: false, unacceptableReason: '9 UE erforderlich, 8 UE nachgewiesen.' });
    expect(await entry(cm, 'first_aid')).toMatchObject({ status: 'missing', reason: '9 UE erforderlich, 8 UE nachgewiesen.' });
    const noUnits = await advisor.post(`/api/childminders/${cm.id}/evidence`, { type: 'first_aid', date: '2025-03-10' });
    expect(noUnits.status).toBe(400);
    expect(noUnits.body.errors[0]).toMatchObject({ field: 'units', message: 'Bitte die Zahl der Unterrichtseinheiten (UE) angeben.' });
  });

  it('certificate of good conduct (5 years, ≤ 3 calendar months old when presented), for the childminder and each adult household member', async () => {
    on('2026-02-01');
    const cm = await createChildminder(ctx.ds, tenant, { adultHouseholdMembers: ['Max Mustermann'] });
    await record(cm, { type: 'good_conduct', date: '2026-01-15', submittedOn: '2026-02-01', relevantConviction: false });
    expect(await entry(cm, 'good_conduct')).toMatchObject({ status: 'valid', expiresOn: '2031-01-14' });
    expect(await entry(cm, 'good_conduct', 'Max Mustermann')).toMatchObject({ status: 'missing', reason: 'Nicht nachgewiesen.' });
    on('2030-10-15');
    expect((await entry(cm, 'good_conduct')).status).toBe('valid');
    on('2030-10-16');
    expect((await entry(cm, 'good_conduct')).status).toBe('expiring');
    on('2031-01-15');
    expect((await entry(cm, 'good_conduct')).status).toBe('expired');

    on('2026-04-04');
    const old = await createChildminder(ctx.ds, tenant);
    await record(old, { type: 'good_conduct', date: '2026-01-01', submittedOn: '2026-04-02', relevantConviction: false });
    expect(await entry(old, 'good_conduct')).toMatchObject({
      status: 'missing',
      reason: 'Bei Vorlage am 02.04.2026 älter als 3 Monat(e) (ausgestellt am 01.01.2026; spätestens am 01.04.2026 vorzulegen).',
    });
    const convicted = await createChildminder(ctx.ds, tenant);
    await record(convicted, { type: 'good_conduct', date: '2026-03-20', relevantConviction: true });
    expect(await entry(convicted, 'good_conduct')).toMatchObject({
      status: 'missing',
      reason: 'Das Führungszeugnis enthält eine einschlägige Eintragung (§ 72a SGB VIII).',
    });
  });

  it('continuing education (15 UE a year) and the qualification course (160 UE, no expiry)', async () => {
    on('2026-07-01');
    const cm = await createChildminder(ctx.ds, tenant);
    await record(cm, { type: 'continuing_education', date: '2026-06-30', units: 16 });
    await record(cm, { type: 'qualification_course', date: '2025-06-30', units: 160 });
    expect(await entry(cm, 'continuing_education')).toMatchObject({ status: 'valid', expiresOn: '2027-06-29', warnFrom: '2027-03-31' });
    expect(await entry(cm, 'qualification_course')).toMatchObject({ status: 'valid', expiresOn: null });
    on('2027-03-31');
    expect((await entry(cm, 'continuing_education')).status).toBe('expiring');
    on('2027-06-30');
    expect((await entry(cm, 'continuing_education')).status).toBe('expired');
    on('2040-01-01');
    expect((await entry(cm, 'qualification_course')).status).toBe('valid');

    const few = await createChildminder(ctx.ds, tenant);
    await record(few, { type: 'qualification_course', date: '2025-06-30', units: 140 });
    expect(await entry(few, 'qualification_course')).toMatchObject({
      status: 'missing',
      reason: '160 UE erforderlich, 140 UE nachgewiesen.',
    });
  });

  it('measles protection only for those born after 31 December 1970', async () => {
    on('2026-01-10');
    const older = await createChildminder(ctx.ds, tenant, { dateOfBirth: '1970-12-31' });
    const younger = await createChildminder(ctx.ds, tenant, { dateOfBirth: '1971-01-01' });
    expect((await entry(older, 'measles_protection')).status).toBe('not_required');
    expect((await entry(younger, 'measles_protection')).status).toBe('missing');
    await record(younger, { type: 'measles_protection', date: '2025-12-01' });
    expect(await entry(younger, 'measles_protection')).toMatchObject({ status: 'valid', expiresOn: null });
  });

  it('a newer item supersedes the older one (current flag), an older back-filled one does not', async () => {
    on('2026-01-10');
    const cm = await createChildminder(ctx.ds, tenant);
    const first = await record(cm, { type: 'first_aid', date: '2023-05-01', units: 9 });
    const second = await record(cm, { type: 'first_aid', date: '2025-11-20', units: 9 });
    const backfilled = await record(cm, { type: 'first_aid', date: '2021-01-01', units: 9 });
    expect(backfilled.current).toBe(false);
    const rows = await ctx.ds.query(`SELECT id, current FROM evidence_item WHERE childminder_id = $1 ORDER BY date`, [cm.id]);
    expect(rows).toEqual([
      { id: backfilled.id, current: false },
      { id: first.id, current: false },
      { id: second.id, current: true },
    ]);
    expect((await entry(cm, 'first_aid')).expiresOn).toBe('2027-11-19');
    const [file] = await ctx.ds.query(`SELECT to_char(next_expiry_on, 'YYYY-MM-DD') AS d FROM childminder WHERE id = $1`, [cm.id]);
    expect(file.d).toBe('2027-11-19');
  });

  it('recording refuses dates in the future and presentation before the date', async () => {
    on('2026-01-10');
    const cm = await createChildminder(ctx.ds, tenant);
    const res = await advisor.post(`/api/childminders/${cm.id}/evidence`, { type: 'ifsg_instruction', date: '2026-02-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['date', 'submittedOn']));
    const before = await advisor.post(`/api/childminders/${cm.id}/evidence`, {
      type: 'ifsg_instruction',
      date: '2025-12-01',
      submittedOn: '2025-11-01',
    });
    expect(before.body.errors[0]).toMatchObject({ field: 'submittedOn', code: 'beforeDate' });
  });

  it('an admin changes a rule: stored expiries and statuses follow at once; stale version 409; audited', async () => {
    on('2026-11-25');
    const cm = await createChildminder(ctx.ds, tenant);
    const item = await record(cm, { type: 'first_aid', date: '2025-03-10', units: 9 });
    expect((await entry(cm, 'first_aid')).status).toBe('valid');
    const rules = (await asAdmin.get('/api/evidence-rules')).body;
    const rule = rules.find((r: { type: string }) => r.type === 'first_aid');
    expect(rule).toMatchObject({
      validityMonths: 24,
      unitsRequired: 9,
      warningDays: 90,
      uploadAllowed: true,
      label: 'Erste-Hilfe-Kurs am Kind',
    });
    expect(rules.find((r: { type: string }) => r.type === 'good_conduct')).toMatchObject({
      uploadAllowed: false,
      perHouseholdMember: true,
      maxAgeMonthsAtSubmission: 3,
    });

    const res = await asAdmin.patch('/api/evidence-rules/first_aid', { version: rule.version, validityMonths: 12 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ validityMonths: 12, version: rule.version + 1 });
    expect(await entry(cm, 'first_aid')).toMatchObject({ status: 'expired', expiresOn: '2026-03-09' });
    const [stored] = await ctx.ds.query(
      `SELECT to_char(expires_on, 'YYYY-MM-DD') AS e, to_char(warn_from, 'YYYY-MM-DD') AS w FROM evidence_item WHERE id = $1`,
      [item.id],
    );
    expect(stored).toEqual({ e: '2026-03-09', w: '2025-12-09' });

    // A longer warning window makes an item expiring earlier.
    const fresh = await createChildminder(ctx.ds, tenant);
    await record(fresh, { type: 'first_aid', date: '2026-03-01', units: 9 });
    expect((await entry(fresh, 'first_aid')).status).toBe('valid');
    const w = await asAdmin.patch('/api/evidence-rules/first_aid', { version: res.body.version, warningDays: 120 });
    expect(w.status).toBe(200);
    expect(await entry(fresh, 'first_aid')).toMatchObject({ status: 'expiring', expiresOn: '2027-02-28', warnFrom: '2026-10-31' });
    // Units: raising the requirement makes the 9-UE course unacceptable.
    const u = await asAdmin.patch('/api/evidence-rules/first_aid', { version: w.body.version, unitsRequired: 10 });
    expect(u.status).toBe(200);
    expect(await entry(fresh, 'first_aid')).toMatchObject({ status: 'missing', reason: '10 UE erforderlich, 9 UE nachgewiesen.' });

    const stale = await asAdmin.patch('/api/evidence-rules/first_aid', { version: rule.version, validityMonths: 36 });
    expect(stale.status).toBe(409);
    const audit = await ctx.ds.query(
      `SELECT details FROM audit_event WHERE action = 'evidence.rule_update' AND details->'changes' ? 'validityMonths'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ type: 'first_aid', changes: { validityMonths: [24, 12] } });
    expect(audit[0].details.recomputedItems).toBeGreaterThanOrEqual(1);
    // Advisors read rules but do not change them; the legal switches cannot be changed at all.
    expect((await advisor.patch('/api/evidence-rules/first_aid', { version: u.body.version, warningDays: 30 })).status).toBe(403);
    const legal = await asAdmin.patch('/api/evidence-rules/good_conduct', { version: 1, uploadAllowed: true });
    expect(legal.status).toBe(400);
    expect(legal.body.errors[0]).toMatchObject({ field: 'uploadAllowed', code: 'whitelistValidation' });
    expect((await asAdmin.patch('/api/evidence-rules/unknown_type', { version: 1 })).status).toBe(400);
  });
});
