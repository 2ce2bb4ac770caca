import { DEFAULT_PERMIT_TEXTS } from '@lotse/server/permits';
import { KAMEN_TENANT } from '@lotse/server/core';
import { createUser, createTenant, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { HOME_VISIT, INTERVIEW, readyApplicant } from '../../../fixtures/permits';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

const URL = '/api/admin/permit-settings';

/**
 * GET/PUT /api/admin/permit-settings: the tenant's permit rules and letter texts; the letterhead is
 * shown read-only (its owner is "Amtsdaten", PUT /api/admin/office).
 * Admins only; validated against the legal maxima; optimistic locking; audited; the next decision
 * follows the new settings while issued permits keep their snapshot.
 */
describe('admin: permit settings', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let asAdmin: ApiClient;
  let asAdvisor: ApiClient;
  let asAdvisor2: ApiClient;

  const as = async (email: string) => {
    const c = ctx.client();
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  /** The current settings as the next PUT body, with `change` applied per group. */
  const bodyWith = async (change: { settings?: object; texts?: object } = {}) => {
    const { body } = await asAdmin.get(URL);
    return {
      settings: { ...body.settings, ...change.settings },
      texts: { ...body.texts, ...change.texts },
      version: body.version,
    };
  };
  /** Applies, records a home visit and grants 5 children from 1 December 2026; returns the permit. */
  const grant = async (lastName: string) => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName });
    const applied = await (await as(cm.user!.email)).post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 });
    expect((await asAdvisor.post(`/api/permit-applications/${applied.body.id}/checks`, HOME_VISIT)).status).toBe(201);
    expect((await asAdvisor.post(`/api/permit-applications/${applied.body.id}/checks`, INTERVIEW)).status).toBe(201);
    const res = await asAdvisor.post(`/api/permit-applications/${applied.body.id}/decision`, {
      decision: 'grant',
      maxChildren: 5,
      validFrom: '2026-12-01',
    });
    expect(res.status).toBe(201);
    return res.body.permit;
  };

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    admin = await createUser(ctx.ds, tenant, 'admin');
    asAdmin = await as(admin.email);
    asAdvisor = await as((await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' })).email);
    asAdvisor2 = await as((await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Thomas', lastName: 'Özdemir' })).email);
  });
  afterAll(() => ctx.close());

  it('an admin reads the defaults (NRW / Kamen) and the letterhead without consultation hours', async () => {
    const res = await asAdmin.get(URL);
    expect(res.status).toBe(200);
    expect(res.body.settings).toEqual({
      numberPrefix: 'KAM',
      validityYears: 5,
      maxChildren: 5,
      siteMaxChildminders: 3,
      siteMaxChildren: 9,
      fourEyes: false,
      reminderMonthsBeforeExpiry: [6, 1],
    });
    expect(res.body.texts).toEqual(DEFAULT_PERMIT_TEXTS);
    const { openingHours: _hours, byAppointmentNote: _note, accessNote: _access, ...letterhead } = KAMEN_TENANT.settings.office;
    expect(res.body.office).toEqual(letterhead);
    expect(res.body.version).toEqual(expect.any(Number));
  });

  it('advisor, childminder and parent get 403; without a session 401', async () => {
    const body = await bodyWith();
    for (const role of ['advisor', 'childminder', 'parent'] as const) {
      const c = await as((await createUser(ctx.ds, tenant, role)).email);
      expect((await c.get(URL)).status).toBe(403);
      expect((await c.put(URL, body)).status).toBe(403);
    }
    expect((await ctx.client().get(URL)).status).toBe(401);
  });

  it('refuses values beyond the legal maxima and malformed texts with German field errors (400, unchanged)', async () => {
    const before = await asAdmin.get(URL);
    const res = await asAdmin.put(
      URL,
      await bodyWith({
        settings: { maxChildren: 6, siteMaxChildminders: 4, numberPrefix: 'ka-1', reminderMonthsBeforeExpiry: [6, 6] },
        texts: { legalRemedy: '' },
      }),
    );
    expect(res.status).toBe(400);
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(byField).toEqual({
      'settings.maxChildren': 'Der Wert darf höchstens 5 sein.',
      'settings.siteMaxChildminders': 'Der Wert darf höchstens 3 sein.',
      'settings.numberPrefix': 'Bitte 2 bis 6 Großbuchstaben (A–Z) angeben, z. B. KAM.',
      'settings.reminderMonthsBeforeExpiry': 'Jeder Wert darf nur einmal vorkommen.',
      'texts.legalRemedy': 'Dieses Feld ist erforderlich.',
    });
    // The letterhead has one owner ("Amtsdaten"): sending it here is refused, nothing changes.
    const letterhead = await asAdmin.put(URL, { ...(await bodyWith()), office: { ...before.body.office, city: 'Anderswo' } });
    expect(letterhead.status).toBe(400);
    expect(letterhead.body.errors).toEqual([expect.objectContaining({ field: 'office', message: 'Dieses Feld ist nicht vorgesehen.' })]);
    const missing = await asAdmin.put(URL, { version: before.body.version, settings: before.body.settings });
    expect(missing.status).toBe(400);
    expect([...new Set(missing.body.errors.map((e: { field: string }) => e.field))]).toEqual(['texts']);
    expect((await asAdmin.get(URL)).body).toEqual(before.body);
  });

  it('validity 3 years and four eyes apply to the next decision; the change is audited; a stale version gets 409', async () => {
    const earlier = await grant('VorDerÄnderung');
    expect(earlier).toMatchObject({ status: 'issued', validUntil: '2031-11-30' });

    const body = await bodyWith({
      settings: { validityYears: 3, fourEyes: true, numberPrefix: 'KTP' },
      texts: { place: 'Kamen (Westf.)' },
    });
    const saved = await asAdmin.put(URL, body);
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ validityYears: 3, fourEyes: true, numberPrefix: 'KTP' });
    expect(saved.body.version).toBe(body.version + 1);
    expect((await asAdmin.get(URL)).body).toEqual(saved.body);

    const [audit] = await ctx.ds.query(
      `SELECT actor_id, target_id, details FROM audit_event WHERE action = 'tenant.permit_settings_changed' AND tenant_id = $1`,
      [tenant.id],
    );
    expect(audit).toMatchObject({ actor_id: admin.id, target_id: tenant.id });
    expect(audit.details.changed.sort()).toEqual(['settings.fourEyes', 'settings.numberPrefix', 'settings.validityYears', 'texts.place']);
    expect(audit.details.values['settings.validityYears']).toEqual([5, 3]);

    // Someone else saved in between: the old version is refused and nothing changes.
    const stale = await asAdmin.put(URL, { ...body, settings: { ...body.settings, validityYears: 4 } });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/inzwischen geändert/);
    expect((await asAdmin.get(URL)).body.settings.validityYears).toBe(3);

    const draft = await grant('NachDerÄnderung');
    expect(draft).toMatchObject({ status: 'draft', number: null, validFrom: '2026-12-01', validUntil: '2029-11-30' });
    const approved = await asAdvisor2.post(`/api/permits/${draft.id}/approve`);
    expect(approved.status).toBe(200);
    // New prefix; the sequence is per tenant and year, so it goes on after KAM-2026-0001.
    expect(approved.body).toMatchObject({ status: 'issued', number: 'KTP-2026-0002', validUntil: '2029-11-30' });

    // The new permit's snapshot carries the new text; the earlier one keeps its own.
    const snapshots = await ctx.ds.query(`SELECT id, document_data->>'place' AS place FROM permit WHERE id = ANY($1)`, [
      [earlier.id, draft.id],
    ]);
    expect(Object.fromEntries(snapshots.map((r: { id: string; place: string }) => [r.id, r.place]))).toEqual({
      [earlier.id]: 'Kamen',
      [draft.id]: 'Kamen (Westf.)',
    });
    const [{ valid_until }] = await ctx.ds.query(`SELECT to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM permit WHERE id = $1`, [
      earlier.id,
    ]);
    expect(valid_until).toBe('2031-11-30');
  });

  it('keeps the office data and changes only the own tenant', async () => {
    const other = await createTenant(ctx.ds);
    const body = await bodyWith({ texts: { place: 'Kamen-Methler' } });
    expect((await asAdmin.put(URL, body)).status).toBe(200);
    const [{ settings }] = await ctx.ds.query(`SELECT settings FROM tenant WHERE id = $1`, [tenant.id]);
    expect(settings.permitTexts.place).toBe('Kamen-Methler');
    expect(settings.office).toEqual(KAMEN_TENANT.settings.office);
    const [{ settings: untouched }] = await ctx.ds.query(`SELECT settings FROM tenant WHERE id = $1`, [other.id]);
    expect(untouched).toEqual(KAMEN_TENANT.settings);
  });
});
