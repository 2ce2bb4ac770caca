import { KAMEN_TENANT } from '@lotse/server/core';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

const URL = '/api/admin/office';

/**
 * GET/PUT /api/admin/office ("Amtsdaten", issue 9): contact with consultation hours and access note,
 * districts, privacy notice. Admins only, versioned (stale → 409), audited with before/after, one
 * tenant only; the public office page and the mail footers follow at once.
 */
describe('admin: office data (Amtsdaten)', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let other: TenantFixture;
  let admin: UserFixture;
  let asAdmin: ApiClient;
  let asOtherAdmin: ApiClient;
  const slug = 'amtsdaten-test';

  const as = async (email: string) => {
    const c = ctx.client();
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  const bodyFrom = (b: { office: object; districts: string[]; privacy: object; version: number }) => ({
    office: b.office,
    districts: b.districts,
    privacy: b.privacy,
    version: b.version,
  });

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug });
    other = await createTenant(ctx.ds, { name: 'Stadt Unna' });
    admin = await createUser(ctx.ds, tenant, 'admin');
    asAdmin = await as(admin.email);
    asOtherAdmin = await as((await createUser(ctx.ds, other, 'admin')).email);
  });
  afterAll(() => ctx.close());

  it('an admin reads contact, consultation hours, access note, districts and the privacy notice with its version', async () => {
    const res = await asAdmin.get(URL);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Stadt Kamen',
      slug,
      state: 'NW',
      office: KAMEN_TENANT.settings.office,
      districts: KAMEN_TENANT.settings.districts,
      privacy: KAMEN_TENANT.settings.privacy,
      privacyInForce: KAMEN_TENANT.settings.privacy,
      version: 1,
    });
    expect(res.body.office.accessNote).toMatch(/Zugang/);
  });

  it('only admins: advisors, parents, childminders and the operator get 403, no session 401', async () => {
    for (const role of ['advisor', 'parent', 'childminder', 'operator'] as const) {
      const c = await as((await createUser(ctx.ds, tenant, role)).email);
      expect((await c.get(URL)).status).toBe(403);
      expect((await c.put(URL, bodyFrom((await asAdmin.get(URL)).body))).status).toBe(403);
    }
    expect((await ctx.client().get(URL)).status).toBe(401);
  });

  it('refuses bad input with German field errors and writes nothing: from ≥ to, overlaps, bad postcode, duplicate districts', async () => {
    const before = (await asAdmin.get(URL)).body;
    const res = await asAdmin.put(URL, {
      ...bodyFrom(before),
      office: {
        ...before.office,
        postcode: '591',
        phone: 'ruf an',
        openingHours: [
          { weekday: 1, from: '12:00', to: '10:00' },
          { weekday: 3, from: '14:00', to: '16:00' },
          { weekday: 3, from: '15:30', to: '17:00' },
        ],
      },
      districts: ['Mitte', 'mitte'],
    });
    expect(res.status).toBe(400);
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(byField).toEqual({
      'office.postcode': 'Bitte eine fünfstellige Postleitzahl angeben.',
      'office.phone': 'Bitte eine gültige Telefonnummer angeben (Ziffern, Leerzeichen, +, /, -).',
      'office.openingHours': 'Die Zeiten überschneiden sich mit einem anderen Zeitraum am selben Wochentag.',
      'office.openingHours.0.to': 'Das Ende muss nach dem Beginn liegen.',
      districts: 'Jeder Wert darf nur einmal vorkommen.',
    });
    const empty = await asAdmin.put(URL, { ...bodyFrom(before), districts: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'districts', message: 'Mindestens ein Eintrag.' })]);
    expect((await asAdmin.put(URL, { version: before.version })).status).toBe(400);
    expect((await asAdmin.get(URL)).body).toEqual(before);
  });

  it('saves contact, hours, access note, districts and privacy; audited with before/after; public page and footer follow; stale version 409', async () => {
    const before = (await asAdmin.get(URL)).body;
    const body = {
      ...bodyFrom(before),
      office: {
        ...before.office,
        phone: '02307 148-2222',
        openingHours: [
          { weekday: 2, from: '09:00', to: '12:00' },
          { weekday: 2, from: '14:00', to: '16:00' },
        ],
        accessNote: '  Barrierefreier Zugang über den Hintereingang, Klingel „Familienbüro“.  ',
      },
      districts: [...before.districts, 'Wasserkurl'],
      privacy: { ...before.privacy, dataProtectionOfficer: 'Datenschutzbeauftragte der Stadt Kamen, datenschutz@kamen.example' },
    };
    const saved = await asAdmin.put(URL, body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: before.version + 1, districts: [...KAMEN_TENANT.settings.districts, 'Wasserkurl'] });
    expect(saved.body.office).toMatchObject({
      phone: '02307 148-2222',
      accessNote: 'Barrierefreier Zugang über den Hintereingang, Klingel „Familienbüro“.',
    });
    expect((await asAdmin.get(URL)).body).toEqual(saved.body);

    const [audit] = await ctx.ds.query(
      `SELECT actor_id, target_id, details FROM audit_event WHERE action = 'tenant.office_data_changed' AND tenant_id = $1`,
      [tenant.id],
    );
    expect(audit).toMatchObject({ actor_id: admin.id, target_id: tenant.id });
    expect(Object.keys(audit.details.changes).sort()).toEqual([
      'districts',
      'office.accessNote',
      'office.openingHours',
      'office.phone',
      'privacy.dataProtectionOfficer',
    ]);
    expect(audit.details.changes['office.phone']).toEqual(['02307 148-0', '02307 148-2222']);
    expect(audit.details.version).toBe(before.version + 1);

    // What the public and the letters read comes from the same data.
    const pub = (await ctx.client().get(`/api/public/offices/${slug}`)).body;
    expect(pub.office).toMatchObject({
      phone: '02307 148-2222',
      accessNote: 'Barrierefreier Zugang über den Hintereingang, Klingel „Familienbüro“.',
    });
    expect(pub.districts).toContain('Wasserkurl');
    expect(pub.privacy.dataProtectionOfficer).toBe('Datenschutzbeauftragte der Stadt Kamen, datenschutz@kamen.example');
    expect((await asAdmin.get('/api/admin/permit-settings')).body.office.phone).toBe('02307 148-2222');

    // A stale version (someone saved in between) is refused, nothing changes.
    const stale = await asAdmin.put(URL, { ...body, office: { ...body.office, phone: '02307 1' } });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/inzwischen geändert/);
    expect((await asAdmin.get(URL)).body.office.phone).toBe('02307 148-2222');

    // Saving the same values again changes nothing and writes no audit entry.
    const same = await asAdmin.put(URL, bodyFrom(saved.body));
    expect(same.body.version).toBe(saved.body.version);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'tenant.office_data_changed'`);
    expect(n).toBe(1);
  });

  it("another office's admin reads and changes only her own office", async () => {
    const mine = (await asOtherAdmin.get(URL)).body;
    expect(mine.name).toBe('Stadt Unna');
    const saved = await asOtherAdmin.put(URL, { ...bodyFrom(mine), districts: ['Unna-Mitte'] });
    expect(saved.status).toBe(200);
    expect((await asAdmin.get(URL)).body.districts).toContain('Wasserkurl');
    expect((await asAdmin.get(URL)).body.districts).not.toContain('Unna-Mitte');
    const [{ settings }] = await ctx.ds.query(`SELECT settings FROM tenant WHERE id = $1`, [tenant.id]);
    expect(settings.districts).not.toContain('Unna-Mitte');
  });
});
