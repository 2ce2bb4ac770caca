import { DocumentStorage } from '@lotse/server/documents';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createChildminder, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import { HOME_VISIT, INTERVIEW, readyApplicant } from '../../../fixtures/permits';
import type { ApiClient } from '../../../support/api-client';
import { FakeS3 } from '../../../support/fake-s3';
import { TestContext } from '../../../support/test-app';
import { waitFor } from '../../../support/wait';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A PDF-typed upload big enough to be more than a header (300 KB). */
const UPLOAD = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300 * 1024), Buffer.from('\n%%EOF\n')]);

/**
 * Issue 10, item 10: API and worker run as separate replicas without a shared disk. Instance A
 * (`ctx.api`), instance B (`ctx.startApi`) and the worker each get their own DATA_DIR. With the
 * shared drivers (PostgreSQL, S3) every replica serves every document; the file-system driver shows
 * the old failure: B and the API do not find what A or the worker stored on their own disk.
 */
describe.each(['postgres', 's3', 'filesystem'] as const)('documents across API replicas and the worker, DOCUMENT_STORAGE=%s', (driver) => {
  const shared = driver !== 'filesystem';
  let ctx: TestContext;
  let s3: FakeS3 | undefined;
  let b: Awaited<ReturnType<TestContext['startApi']>>;
  let workerDir: string;
  let tenant: TenantFixture;
  let advisorEmail: string;
  let cm: ChildminderFixture;
  let upload: { linkId: string; documentId: string; itemId: string };

  const login = async (client: ApiClient, email: string) => {
    const res = await client.login(email, TEST_PASSWORD);
    expect(res.status).toBe(200);
    return client;
  };

  beforeAll(async () => {
    s3 = driver === 's3' ? await FakeS3.start() : undefined;
    ctx = await TestContext.create({
      now: '2026-11-25T09:00:00Z',
      env: { ...(s3 ? s3.env() : { DOCUMENT_STORAGE: driver }), PDF_RENDER_THREADS: '0' },
    });
    b = await ctx.startApi();
    workerDir = ctx.tempDataDir();
    await ctx.startWorker({ DATA_DIR: workerDir });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    advisorEmail = (await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' })).email;
    cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', firstName: 'Ayşe', lastName: 'Demir' });
  });
  afterAll(async () => {
    await ctx.close();
    await s3?.stop();
  });

  it('runs three processes with three different DATA_DIRs and the configured driver', () => {
    expect(new Set([ctx.config.DATA_DIR, b.dataDir, workerDir]).size).toBe(3);
    expect(ctx.api.get(DocumentStorage).kind).toBe(driver);
    expect(b.app.get(DocumentStorage).kind).toBe(driver);
    expect(ctx.worker!.get(DocumentStorage).kind).toBe(driver);
  });

  it(
    shared
      ? 'an upload through instance A downloads through instance B: same bytes (SHA-256)'
      : 'old behaviour: instance B does not find an upload that instance A stored on its disk',
    async () => {
      const onA = await login(ctx.client(), cm.user!.email);
      const onB = await login(b.client(), cm.user!.email);
      const item = await onA.post('/api/childminders/me/evidence', { type: 'first_aid', date: '2026-03-01', units: 9 });
      expect(item.status).toBe(201);
      const res = await onA.upload(`/api/childminders/me/evidence/${item.body.id}/documents`, {
        data: UPLOAD,
        filename: 'erste-hilfe.pdf',
      });
      expect(res.status).toBe(201);
      expect(res.body.sha256).toBe(sha(UPLOAD));
      const [{ document_id }] = await ctx.ds.query(`SELECT document_id FROM evidence_document WHERE id = $1`, [res.body.id]);
      upload = { linkId: res.body.id, documentId: document_id, itemId: item.body.id };

      const fromB = await onB.download(`/api/childminders/me/documents/${upload.linkId}/content`);
      const fromA = await onA.download(`/api/childminders/me/documents/${upload.linkId}/content`);
      expect(fromA.status).toBe(200);
      expect(sha(fromA.body)).toBe(sha(UPLOAD));
      if (shared) {
        expect(fromB.status).toBe(200);
        expect(sha(fromB.body)).toBe(sha(UPLOAD));
        // Nothing on any local disk.
        for (const dir of [ctx.config.DATA_DIR, b.dataDir, workerDir]) expect(existsSync(join(dir, 'documents'))).toBe(false);
      } else {
        expect(fromB.status).toBe(404);
        expect(existsSync(join(ctx.config.DATA_DIR, 'documents', tenant.id, upload.documentId))).toBe(true);
      }
      if (driver === 'postgres')
        expect(await ctx.ds.query(`SELECT tenant_id FROM document_content WHERE document_id = $1`, [upload.documentId])).toEqual([
          { tenant_id: tenant.id },
        ]);
      if (s3) expect(sha(s3.object(tenant.id, upload.documentId)!)).toBe(sha(UPLOAD));
    },
  );

  it(
    shared
      ? 'a permit PDF rendered by the worker downloads through both API instances and is mailed'
      : 'old behaviour: the PDF the worker rendered on its disk is not there for the API',
    async () => {
      const holder = await readyApplicant(ctx.ds, tenant, { firstName: 'Jürgen', lastName: 'Weiß' });
      const own = await login(ctx.client(), holder.user!.email);
      const ownB = await login(b.client(), holder.user!.email);
      const advisor = await login(b.client(), advisorEmail);
      const applied = await own.post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 });
      expect(applied.status).toBe(201);
      expect((await advisor.post(`/api/permit-applications/${applied.body.id}/checks`, HOME_VISIT)).status).toBe(201);
      expect((await advisor.post(`/api/permit-applications/${applied.body.id}/checks`, INTERVIEW)).status).toBe(201);
      const decided = await advisor.post(`/api/permit-applications/${applied.body.id}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(decided.status).toBe(201);
      const permitId = decided.body.permit.id as string;

      const doc: { id: string; sha256: string } = await waitFor(
        async () =>
          (
            await ctx.ds.query(`SELECT d.id, d.sha256 FROM permit p JOIN document d ON d.id = p.document_id WHERE p.id = $1`, [permitId])
          )[0],
        { what: 'the worker to render the permit PDF', timeoutMs: 30_000 },
      );
      // The worker attaches the PDF it reads back through the same driver.
      const mail = await waitFor(() => ctx.mail.to(holder.email!)[0], { what: 'the permit mail', timeoutMs: 30_000 });
      expect(sha(mail.attachments[0].content)).toBe(doc.sha256);

      for (const client of [own, ownB]) {
        const pdf = await client.download(`/api/permits/${permitId}/pdf`);
        if (shared) {
          expect(pdf.status).toBe(200);
          expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
          expect(sha(pdf.body)).toBe(doc.sha256);
        } else {
          expect(pdf.status).toBe(404);
          expect(pdf.body.toString()).toContain('Das Dokument ist nicht mehr vorhanden.');
        }
      }
      if (!shared) expect(existsSync(join(workerDir, 'documents', tenant.id, doc.id))).toBe(true);
    },
  );

  it(
    shared
      ? 'deleting the evidence item through instance B removes the bytes for every replica'
      : 'old behaviour: a deletion through instance B leaves the file on instance A’s disk',
    async () => {
      const onB = await login(b.client(), cm.user!.email);
      expect((await onB.send('delete', `/api/childminders/me/evidence/${upload.itemId}`)).status).toBe(204);
      expect(await ctx.ds.query(`SELECT 1 FROM document WHERE id = $1`, [upload.documentId])).toEqual([]);
      const left = await ctx.storedBytes(tenant.id, upload.documentId);
      if (shared) expect(left).toBeNull();
      else expect(left && sha(left)).toBe(sha(UPLOAD));
      if (s3) expect(s3.object(tenant.id, upload.documentId)).toBeUndefined();
    },
  );

  if (shared) {
    it('a transaction that fails after the bytes were written leaves neither row nor bytes', async () => {
      const me = await login(b.client(), cm.user!.email);
      const item = (await me.post('/api/childminders/me/evidence', { type: 'first_aid', date: '2026-04-01', units: 9 })).body;
      const count = async () => ({
        documents: (await ctx.ds.query(`SELECT count(*)::int AS n FROM document`))[0].n as number,
        bytes: s3 ? s3.objects.size : await ctx.storedCount(),
      });
      const before = await count();
      // Fails at the very end of the upload's transaction, after the bytes went to the driver.
      await ctx.ds.query(
        `CREATE FUNCTION fail_upload() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure at commit'; END $$`,
      );
      await ctx.ds.query(
        `CREATE CONSTRAINT TRIGGER fail_upload AFTER INSERT ON evidence_document DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_upload()`,
      );
      try {
        const res = await me.upload(`/api/childminders/me/evidence/${item.id}/documents`, { data: UPLOAD, filename: 'a.pdf' });
        expect(res.status).toBe(500);
        expect(await count()).toEqual(before);
      } finally {
        await ctx.ds.query(`DROP TRIGGER fail_upload ON evidence_document`);
        await ctx.ds.query(`DROP FUNCTION fail_upload()`);
      }
    });
  }

  if (driver === 's3') {
    it('S3: every request was signed (SigV4, signed payload); a wrong secret is refused and leaves nothing', async () => {
      expect(s3!.refused).toEqual([]);
      expect(new Set(s3!.requests.map((r) => r.method))).toEqual(new Set(['PUT', 'GET', 'DELETE']));
      const storage = ctx.api.get(DocumentStorage);
      const [{ id: someDoc }] = await ctx.ds.query(`SELECT id FROM document LIMIT 1`);
      expect(await storage.exists(tenant.id, someDoc)).toBe(true);
      expect(await storage.exists(tenant.id, upload.documentId)).toBe(false);

      const wrong = await ctx.startApi({ S3_SECRET_ACCESS_KEY: 'not-the-secret' });
      const me = await login(wrong.client(), cm.user!.email);
      const item = (await me.post('/api/childminders/me/evidence', { type: 'first_aid', date: '2026-05-01', units: 9 })).body;
      const [{ n: before }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM document`);
      const objects = s3!.objects.size;
      const res = await me.upload(`/api/childminders/me/evidence/${item.id}/documents`, { data: UPLOAD, filename: 'a.pdf' });
      expect(res.status).toBe(500);
      expect(s3!.refused).toContain('SignatureDoesNotMatch');
      expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM document`))[0].n).toBe(before);
      expect(s3!.objects.size).toBe(objects);
    });
  }
});
