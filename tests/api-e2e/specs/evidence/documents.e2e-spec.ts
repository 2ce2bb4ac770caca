import { createHash } from 'node:crypto';
import { createChildminder, recordEvidence, SAMPLE_FILES, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

const LIMIT = 4096;

/** Uploads to evidence items: type from the bytes, size limit, nothing left behind, audited downloads, review. */
describe('evidence documents', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let cm: ChildminderFixture;
  let advisorUser: UserFixture;
  let me: ApiClient;
  let advisor: ApiClient;
  let firstAid: { id: string };
  let goodConduct: { id: string };

  const counts = async () => ({
    documents: (await ctx.ds.query(`SELECT count(*)::int AS n FROM document`))[0].n,
    links: (await ctx.ds.query(`SELECT count(*)::int AS n FROM evidence_document`))[0].n,
    // The bytes as the configured driver holds them (default PostgreSQL: rows of document_content).
    files: await ctx.storedCount(),
  });
  const uploadUrl = (itemId: string) => `/api/childminders/me/evidence/${itemId}/documents`;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z', env: { UPLOAD_MAX_BYTES: String(LIMIT) } });
    tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    cm = await createChildminder(ctx.ds, tenant, { firstName: 'Ayşe', lastName: 'Demir' });
    advisorUser = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Thomas', lastName: 'Özdemir' });
    firstAid = await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2026-03-01', units: 9 });
    goodConduct = await recordEvidence(ctx.ds, cm, {
      type: 'good_conduct',
      date: '2026-10-01',
      submittedOn: '2026-10-10',
      relevantConviction: false,
    });
    me = ctx.client();
    await me.login(cm.user!.email, TEST_PASSWORD);
    advisor = ctx.client();
    await advisor.login(advisorUser.email, TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('stores a PDF: type from the bytes, SHA-256, sanitised name, bytes in the document storage; timeline and audit', async () => {
    const res = await me.upload(uploadUrl(firstAid.id), {
      data: SAMPLE_FILES.pdf,
      filename: '../Erste "Hilfe" 2026.pdf',
      contentType: 'application/octet-stream',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      evidenceItemId: firstAid.id,
      evidenceType: 'first_aid',
      contentType: 'application/pdf',
      filename: 'Erste Hilfe 2026.pdf',
      sizeBytes: SAMPLE_FILES.pdf.length,
      sha256: createHash('sha256').update(SAMPLE_FILES.pdf).digest('hex'),
      status: 'pending',
      uploadedBy: { id: cm.user!.id, name: 'Ayşe Demir' },
    });
    const [doc] = await ctx.ds.query(`SELECT d.id FROM document d JOIN evidence_document l ON l.document_id = d.id WHERE l.id = $1`, [
      res.body.id,
    ]);
    expect((await ctx.storedBytes(tenant.id, doc.id))?.equals(SAMPLE_FILES.pdf)).toBe(true);
    expect(await ctx.ds.query(`SELECT 1 FROM audit_event WHERE action = 'document.upload' AND target_id = $1`, [res.body.id])).toHaveLength(
      1,
    );
    const [event] = (await me.get('/api/childminders/me/timeline')).body.items;
    expect(event.summary).toBe('Dokument hochgeladen: Erste Hilfe 2026.pdf (Erste-Hilfe-Kurs am Kind)');
  });

  it('accepts JPEG and PNG by their bytes', async () => {
    expect(
      (await me.upload(uploadUrl(firstAid.id), { data: SAMPLE_FILES.jpeg, filename: 'foto', contentType: 'image/png' })).body.contentType,
    ).toBe('image/jpeg');
    expect((await me.upload(uploadUrl(firstAid.id), { data: SAMPLE_FILES.png, filename: 'scan.PNG' })).body).toMatchObject({
      contentType: 'image/png',
      filename: 'scan.png',
    });
  });

  it.each([
    [
      'an .exe renamed .pdf',
      { data: SAMPLE_FILES.exe, filename: 'bescheinigung.pdf', contentType: 'application/pdf' },
      415,
      'Dieses Dateiformat wird nicht angenommen. Bitte laden Sie eine PDF-, JPEG- oder PNG-Datei hoch.',
    ],
    [
      'a text file sent as PDF',
      { data: SAMPLE_FILES.text, filename: 'bescheinigung.pdf', contentType: 'application/pdf' },
      415,
      'Dieses Dateiformat wird nicht angenommen. Bitte laden Sie eine PDF-, JPEG- oder PNG-Datei hoch.',
    ],
    [
      'a file over the limit',
      { data: Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(LIMIT)]), filename: 'gross.pdf', contentType: 'application/pdf' },
      413,
      'Die Datei ist zu groß. Erlaubt sind höchstens 4 KB.',
    ],
    ['an empty file', { data: Buffer.alloc(0), filename: 'leer.pdf', contentType: 'application/pdf' }, 400, 'Die Datei ist leer.'],
  ])('refuses %s with a clear message and leaves nothing behind', async (_what, file, status, message) => {
    const before = await counts();
    const res = await me.upload(uploadUrl(firstAid.id), file);
    expect(res.status).toBe(status);
    expect(res.body.message).toBe(message);
    expect(res.body.errors[0]).toMatchObject({ field: 'file' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a request without a file, or with the file in another field', async () => {
    const before = await counts();
    const json = await me.post(uploadUrl(firstAid.id), { file: 'JVBERi0=' });
    expect(json.status).toBe(400);
    expect(json.body.errors[0]).toMatchObject({ field: 'file', code: 'required' });
    const other = await me.upload(uploadUrl(firstAid.id), { data: SAMPLE_FILES.pdf, filename: 'a.pdf' }, { field: 'dokument' });
    expect(other.status).toBe(400);
    expect(other.body.message).toBe('Bitte genau eine Datei im Feld „file“ senden.');
    expect(await counts()).toEqual(before);
  });

  it('refuses any upload for the certificate of good conduct (§72a Abs. 5), also from advisors', async () => {
    const before = await counts();
    for (const [client, url] of [
      [me, uploadUrl(goodConduct.id)],
      [advisor, `/api/childminders/${cm.id}/evidence/${goodConduct.id}/documents`],
    ] as const) {
      const res = await client.upload(url, { data: SAMPLE_FILES.pdf, filename: 'fuehrungszeugnis.pdf', contentType: 'application/pdf' });
      expect(res.status).toBe(422);
      expect(res.body.message).toContain('§ 72a Abs. 5 SGB VIII');
    }
    expect(await counts()).toEqual(before);
    const checklist = (await me.get('/api/childminders/me/checklist')).body;
    const entry = checklist.entries.find((e: { type: string }) => e.type === 'good_conduct');
    expect(entry).toMatchObject({ selfRecordable: false, documents: [], rule: { uploadAllowed: false } });
    // Childminders cannot record it either: the advisor inspects the original.
    const rec = await me.post('/api/childminders/me/evidence', { type: 'good_conduct', date: '2026-11-01', relevantConviction: false });
    expect(rec.status).toBe(403);
  });

  it('when the transaction fails after the bytes were checked, neither row nor file remains', async () => {
    await ctx.ds.query(
      `CREATE FUNCTION fail_link() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$`,
    );
    await ctx.ds.query(`CREATE TRIGGER fail_link BEFORE INSERT ON evidence_document FOR EACH ROW EXECUTE FUNCTION fail_link()`);
    try {
      const before = await counts();
      const res = await me.upload(uploadUrl(firstAid.id), { data: SAMPLE_FILES.pdf, filename: 'a.pdf' });
      expect(res.status).toBe(500);
      expect(await counts()).toEqual(before);
    } finally {
      await ctx.ds.query(`DROP TRIGGER fail_link ON evidence_document`);
      await ctx.ds.query(`DROP FUNCTION fail_link()`);
    }
  });

  it('downloads: owner and advisor get the bytes as attachment, every download audited', async () => {
    const list = (await me.get('/api/childminders/me/documents')).body;
    const pdf = list.find((d: { contentType: string }) => d.contentType === 'application/pdf');
    const own = await me.download(`/api/childminders/me/documents/${pdf.id}/content`);
    expect(own.status).toBe(200);
    expect(own.body.equals(SAMPLE_FILES.pdf)).toBe(true);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toMatch(/^attachment; filename="Erste Hilfe 2026.pdf"/);
    const staff = await advisor.download(`/api/childminders/${cm.id}/documents/${pdf.id}/content`);
    expect(staff.body.equals(SAMPLE_FILES.pdf)).toBe(true);
    const audit = await ctx.ds.query(
      `SELECT actor_id FROM audit_event WHERE action = 'document.download' AND target_id = $1 ORDER BY occurred_at, id`,
      [pdf.id],
    );
    expect(audit.map((a: { actor_id: string }) => a.actor_id).sort()).toEqual([cm.user!.id, advisorUser.id].sort());
  });

  it('review: the advisor confirms (item verified) or rejects with a reason the childminder sees (timeline, checklist, path, mail)', async () => {
    const [pdf, jpeg] = ['application/pdf', 'image/jpeg'];
    const docs = (await advisor.get(`/api/childminders/${cm.id}/documents`)).body;
    const a = docs.find((d: { contentType: string }) => d.contentType === pdf);
    const b = docs.find((d: { contentType: string }) => d.contentType === jpeg);
    expect(
      (await me.post(`/api/childminders/${cm.id}/documents/${a.id}/review`, { decision: 'confirmed', version: a.version })).status,
    ).toBe(403);
    const noReason = await advisor.post(`/api/childminders/${cm.id}/documents/${b.id}/review`, {
      decision: 'rejected',
      version: b.version,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', message: 'Bitte einen Grund angeben.' });

    const ok = await advisor.post(`/api/childminders/${cm.id}/documents/${a.id}/review`, { decision: 'confirmed', version: a.version });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'confirmed', reviewReason: null, reviewedBy: { name: 'Thomas Özdemir' } });
    const rej = await advisor.post(`/api/childminders/${cm.id}/documents/${b.id}/review`, {
      decision: 'rejected',
      reason: 'Das Foto ist unscharf.',
      version: b.version,
    });
    expect(rej.body).toMatchObject({ status: 'rejected', reviewReason: 'Das Foto ist unscharf.' });
    const stale = await advisor.post(`/api/childminders/${cm.id}/documents/${b.id}/review`, { decision: 'confirmed', version: b.version });
    expect(stale.status).toBe(409);

    const checklist = (await me.get('/api/childminders/me/checklist')).body;
    const entry = checklist.entries.find((e: { type: string }) => e.type === 'first_aid');
    expect(entry.current.verified).toBe(true);
    expect(entry.documents.find((d: { id: string }) => d.id === b.id)).toMatchObject({
      status: 'rejected',
      reviewReason: 'Das Foto ist unscharf.',
    });
    const path = (await me.get('/api/childminders/me/path')).body;
    expect(path.steps.find((s: { code: string }) => s.code === 'document.rejected').text).toContain('Das Foto ist unscharf.');
    const events = (await me.get('/api/childminders/me/timeline')).body.items;
    expect(events[0]).toMatchObject({ type: 'document_rejected', actor: { name: 'Thomas Özdemir' } });
    expect(events[0].summary).toContain('Grund: Das Foto ist unscharf.');
    const [mail] = await ctx.ds.query(`SELECT payload FROM outbox WHERE job_id LIKE $1`, [`document-rejected.${b.id}.%`]);
    expect(mail.payload).toMatchObject({ to: cm.email });
    expect(mail.payload.text).toContain('Grund: Das Foto ist unscharf.');
  });
});
