import { createChildminder, recordEvidence, SAMPLE_FILES, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/** DELETE /api/childminders/{me|:id}/evidence/:itemId: correcting a wrongly recorded item. */
describe('delete an evidence item', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisorUser: UserFixture;
  let advisor: ApiClient;

  const as = async (email: string) => {
    const c = ctx.client();
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  const firstAidEntry = async (client: ApiClient, file = 'me') =>
    (
      (await client.get(`/api/childminders/${file}/checklist`)).body.entries as Array<{
        type: string;
        status: string;
        current: { id: string } | null;
      }>
    ).find((e) => e.type === 'first_aid')!;
  const summary = async (cm: ChildminderFixture) =>
    (await ctx.ds.query(`SELECT to_char(next_expiry_on, 'YYYY-MM-DD') AS next FROM childminder WHERE id = $1`, [cm.id]))[0].next as
      string | null;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    advisorUser = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    advisor = await as(advisorUser.email);
  });
  afterAll(() => ctx.close());

  it('her own unconfirmed item: gone with its document (row and file); the earlier item is current again, then the entry is missing', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', firstName: 'Ayşe', lastName: 'Demir' });
    const me = await as(cm.user!.email);
    const earlier = await me.post('/api/childminders/me/evidence', { type: 'first_aid', date: '2025-03-01', units: 9 });
    expect(earlier.status).toBe(201);
    // The mistake: a course with too few UE (2 instead of 9), recorded as the newest item, makes the entry not acceptable.
    const wrong = await me.post('/api/childminders/me/evidence', { type: 'first_aid', date: '2026-11-01', units: 2 });
    expect(wrong.status).toBe(201);
    const upload = await me.upload(`/api/childminders/me/evidence/${wrong.body.id}/documents`, {
      data: SAMPLE_FILES.pdf,
      filename: 'kurs.pdf',
    });
    expect(upload.status).toBe(201);
    const [doc] = await ctx.ds.query(`SELECT document_id FROM evidence_document WHERE id = $1`, [upload.body.id]);
    expect(await ctx.storedBytes(tenant.id, doc.document_id)).not.toBeNull();
    expect((await firstAidEntry(me)).current!.id).toBe(wrong.body.id);
    // A reminder already sent for the wrong item stays recorded after the deletion.
    await ctx.ds.query(
      `INSERT INTO evidence_reminder (tenant_id, childminder_id, evidence_item_id, threshold, expires_on, recipient, evidence_type) VALUES ($1,$2,$3,'expiring','2026-12-01',$4,'first_aid')`,
      [tenant.id, cm.id, wrong.body.id, cm.email],
    );

    const res = await me.send('delete', `/api/childminders/me/evidence/${wrong.body.id}`);
    expect(res.status).toBe(204);
    const entry = await firstAidEntry(me);
    // Current again, still her own declaration until an advisor checks it (issue 11).
    expect(entry).toMatchObject({ status: 'missing', current: { id: earlier.body.id } });
    expect((entry as unknown as { reason: string }).reason).toContain('Eigene Angabe');
    expect(await summary(cm)).toBe('2027-02-28');
    expect(await ctx.ds.query(`SELECT 1 FROM evidence_document WHERE id = $1`, [upload.body.id])).toEqual([]);
    expect(await ctx.ds.query(`SELECT 1 FROM document WHERE id = $1`, [doc.document_id])).toEqual([]);
    expect(await ctx.storedBytes(tenant.id, doc.document_id)).toBeNull();
    expect(await ctx.ds.query(`SELECT evidence_item_id, evidence_type FROM evidence_reminder WHERE childminder_id = $1`, [cm.id])).toEqual([
      { evidence_item_id: null, evidence_type: 'first_aid' },
    ]);
    const [event] = (await me.get('/api/childminders/me/timeline')).body.items;
    expect(event).toMatchObject({
      type: 'evidence_deleted',
      actor: { id: cm.user!.id },
      summary: 'Nachweis gelöscht: Erste-Hilfe-Kurs am Kind vom 01.11.2026',
      details: { fileNames: ['kurs.pdf'], currentItemId: earlier.body.id },
    });
    const audit = await ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'evidence.delete' AND actor_id = $1`, [cm.user!.id]);
    expect(audit).toEqual([
      { details: { itemId: wrong.body.id, type: 'first_aid', documents: [doc.document_id], currentItemId: earlier.body.id } },
    ]);

    // Deleting the last one: the entry is missing, the file no longer has a next expiry.
    expect((await me.send('delete', `/api/childminders/me/evidence/${earlier.body.id}`, { reason: 'Doppelt erfasst' })).status).toBe(204);
    expect(await firstAidEntry(me)).toMatchObject({ status: 'missing', current: null });
    expect(await summary(cm)).toBeNull();
    expect((await me.send('delete', `/api/childminders/me/evidence/${earlier.body.id}`)).status).toBe(404);
  });

  it('confirmed by the advisory service (confirmed document, or recorded by staff): 422, nothing deleted', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Bestätigt' });
    const me = await as(cm.user!.email);
    const item = (await me.post('/api/childminders/me/evidence', { type: 'first_aid', date: '2026-02-01', units: 9 })).body;
    const upload = (await me.upload(`/api/childminders/me/evidence/${item.id}/documents`, { data: SAMPLE_FILES.pdf, filename: 'kurs.pdf' }))
      .body;
    expect(
      (await advisor.post(`/api/childminders/${cm.id}/documents/${upload.id}/review`, { decision: 'confirmed', version: upload.version }))
        .status,
    ).toBe(200);
    const res = await me.send('delete', `/api/childminders/me/evidence/${item.id}`);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      message: 'Dieser Nachweis ist bereits bestätigt, bitte wenden Sie sich an die Fachberatung.',
      errors: [{ code: 'confirmed' }],
    });
    const byStaff = await recordEvidence(ctx.ds, cm, { type: 'medical_certificate', date: '2026-09-01', recordedBy: advisorUser.id });
    expect((await me.send('delete', `/api/childminders/${cm.id}/evidence/${byStaff.id}`)).status).toBe(422);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM evidence_item WHERE childminder_id = $1`, [cm.id]);
    expect(n).toBe(2);
  });

  it("another childminder's item: 404 and access.denied; parents: 403", async () => {
    const owner = await createChildminder(ctx.ds, tenant, { lastName: 'Eigentümerin' });
    const item = await recordEvidence(ctx.ds, owner, { type: 'first_aid', date: '2026-02-01', units: 9 });
    const other = await createChildminder(ctx.ds, tenant, { lastName: 'Andere' });
    const asOther = await as(other.user!.email);
    const viaFile = await asOther.send('delete', `/api/childminders/${owner.id}/evidence/${item.id}`);
    expect(viaFile.status).toBe(404);
    const viaMe = await asOther.send('delete', `/api/childminders/me/evidence/${item.id}`);
    expect(viaMe.status).toBe(404);
    expect(viaMe.body.message).toBe('Nachweis nicht gefunden.');
    const denied = await ctx.ds.query(
      `SELECT target_type, target_id FROM audit_event WHERE action = 'access.denied' AND actor_id = $1 ORDER BY target_type`,
      [other.user!.id],
    );
    expect(denied).toEqual([
      { target_type: 'childminder', target_id: owner.id },
      { target_type: 'evidence_item', target_id: item.id },
    ]);
    const parent = await createUser(ctx.ds, tenant, 'parent');
    expect(
      (await (await as(parent.email)).send('delete', `/api/childminders/${owner.id}/evidence/${item.id}`, { reason: 'x' })).status,
    ).toBe(403);
    expect(await ctx.ds.query(`SELECT 1 FROM evidence_item WHERE id = $1`, [item.id])).toHaveLength(1);
  });

  it('the advisor deletes any item with a reason (shown in the timeline); without a reason 400', async () => {
    const cm = await createChildminder(ctx.ds, tenant, {
      status: 'applicant',
      lastName: 'Korrektur',
      adultHouseholdMembers: ['Peter Korrektur'],
    });
    const item = (await advisor.post(`/api/childminders/${cm.id}/evidence`, { type: 'first_aid', date: '2026-02-01', units: 9 })).body;
    const noReason = await advisor.send('delete', `/api/childminders/${cm.id}/evidence/${item.id}`, { reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'Bitte einen Grund angeben.', code: 'required' }]);
    const res = await advisor.send('delete', `/api/childminders/${cm.id}/evidence/${item.id}`, {
      reason: 'Falsche Akte: gehört zu Frau Demir.',
    });
    expect(res.status).toBe(204);
    const [event] = (await advisor.get(`/api/childminders/${cm.id}/timeline`)).body.items;
    expect(event).toMatchObject({ type: 'evidence_deleted', actor: { name: 'Sabine Krüger' } });
    expect(event.summary).toBe('Nachweis gelöscht: Erste-Hilfe-Kurs am Kind vom 01.02.2026 – Grund: Falsche Akte: gehört zu Frau Demir.');

    // Good conduct (inspection only, no document): same rules; the household member's entry is missing again.
    const gc = (
      await advisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-10-01',
        relevantConviction: false,
        personName: 'Peter Korrektur',
      })
    ).body;
    const me = await as(cm.user!.email);
    expect((await me.send('delete', `/api/childminders/me/evidence/${gc.id}`)).status).toBe(422);
    expect(
      (await advisor.send('delete', `/api/childminders/${cm.id}/evidence/${gc.id}`, { reason: 'Datum falsch abgelesen.' })).status,
    ).toBe(204);
    const entries = (await advisor.get(`/api/childminders/${cm.id}/checklist`)).body.entries as Array<{
      type: string;
      personName: string | null;
      status: string;
    }>;
    expect(entries.find((e) => e.type === 'good_conduct' && e.personName === 'Peter Korrektur')!.status).toBe('missing');
    const [{ details }] = await ctx.ds.query(
      `SELECT details FROM audit_event WHERE action = 'evidence.delete' AND details->>'itemId' = $1`,
      [gc.id],
    );
    expect(JSON.stringify(details)).not.toContain('Peter');
  });

  it('refuses bad input with field errors, never a 500', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { lastName: 'Eingabe' });
    const item = await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2026-02-01', units: 9 });
    const long = await advisor.send('delete', `/api/childminders/${cm.id}/evidence/${item.id}`, { reason: 'x'.repeat(1001) });
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'reason', message: 'Höchstens 1000 Zeichen.' });
    expect((await advisor.send('delete', `/api/childminders/${cm.id}/evidence/not-a-uuid`, { reason: 'x' })).status).toBe(400);
    expect(
      (await advisor.send('delete', `/api/childminders/${cm.id}/evidence/00000000-0000-0000-0000-000000000000`, { reason: 'x' })).status,
    ).toBe(404);
  });
});
