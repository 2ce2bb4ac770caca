import { ConfigError } from '@lotse/server/core';
import { createHash, randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrateDocuments, UsageError } from '../../../../apps/api/src/cli/migrate-documents';
import { createChildminder, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import type { ApiClient } from '../../../support/api-client';
import { FakeS3 } from '../../../support/fake-s3';
import { TestContext } from '../../../support/test-app';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(50 * 1024)]);

/**
 * `cli.js migrate-documents --from <driver> --to <driver> [--delete-source]`: an installation that
 * started with `npm start` (file system) moves its documents into PostgreSQL, later into S3.
 */
describe('CLI migrate-documents', () => {
  let ctx: TestContext;
  let s3: FakeS3;
  let tenant: TenantFixture;
  let cm: ChildminderFixture;
  let me: ApiClient;
  const uploaded: Array<{ linkId: string; documentId: string; data: Buffer }> = [];
  const lines: string[] = [];
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runMigrateDocuments(ctx.ds, args, { DATA_DIR: ctx.dataDir, ...env }, (l) => lines.push(l));

  const uploadOne = async () => {
    const item = await me.post('/api/childminders/me/evidence', { type: 'first_aid', date: '2026-03-01', units: 9 });
    const data = pdf();
    const res = await me.upload(`/api/childminders/me/evidence/${item.body.id}/documents`, { data, filename: 'kurs.pdf' });
    expect(res.status).toBe(201);
    const [{ document_id }] = await ctx.ds.query(`SELECT document_id FROM evidence_document WHERE id = $1`, [res.body.id]);
    const doc = { linkId: res.body.id as string, documentId: document_id as string, data };
    uploaded.push(doc);
    return doc;
  };
  /** A fresh API replica with the given driver and its own (empty) DATA_DIR downloads every upload. */
  const servedBy = async (env: Record<string, string>) => {
    const replica = await ctx.startApi(env);
    const client = replica.client();
    await client.login(cm.user!.email, TEST_PASSWORD);
    return Promise.all(
      uploaded.map(async (u) =>
        ((r) => (r.status === 200 ? sha(r.body) : r.status))(await client.download(`/api/childminders/me/documents/${u.linkId}/content`)),
      ),
    );
  };
  const contentRows = async () => (await ctx.ds.query(`SELECT count(*)::int AS n FROM document_content`))[0].n as number;

  beforeAll(async () => {
    s3 = await FakeS3.start();
    // Like `npm start`: the file system.
    ctx = await TestContext.create({ env: { DOCUMENT_STORAGE: 'filesystem' } });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    cm = await createChildminder(ctx.ds, tenant, { status: 'applicant' });
    me = ctx.client();
    await me.login(cm.user!.email, TEST_PASSWORD);
    await uploadOne();
    await uploadOne();
  });
  afterAll(async () => {
    await ctx.close();
    await s3.stop();
  });

  it('copies filesystem → postgres with verified SHA-256; a second run copies nothing', async () => {
    expect(await servedBy({ DOCUMENT_STORAGE: 'postgres' })).toEqual([404, 404]);
    const first = await cli(['--from', 'filesystem', '--to', 'postgres']);
    expect(first).toMatchObject({ exitCode: 0, result: { total: 2, copied: 2, alreadyThere: 0, missing: [], corrupt: [], failed: [] } });
    const rows: Array<{ document_id: string; bytes: Buffer }> = await ctx.ds.query(`SELECT document_id, bytes FROM document_content`);
    expect(new Map(rows.map((r) => [r.document_id, sha(r.bytes)]))).toEqual(new Map(uploaded.map((u) => [u.documentId, sha(u.data)])));
    expect(await servedBy({ DOCUMENT_STORAGE: 'postgres' })).toEqual(uploaded.map((u) => sha(u.data)));

    const again = await cli(['--from', 'filesystem', '--to', 'postgres']);
    expect(again).toMatchObject({ exitCode: 0, result: { total: 2, copied: 0, alreadyThere: 2 } });
    expect(lines.at(-1)).toBe(
      'documents: 2, copied: 0, already in postgres: 2, missing in filesystem: 0, SHA-256 differs in filesystem: 0, failed verification: 0',
    );
  });

  it('moves postgres → s3 with --delete-source: the objects are signed uploads, the table is empty afterwards', async () => {
    const res = await cli(['--from', 'postgres', '--to', 's3', '--delete-source'], s3.env());
    expect(res).toMatchObject({ exitCode: 0, result: { total: 2, copied: 2, deletedFromSource: 2 } });
    expect(await contentRows()).toBe(0);
    for (const u of uploaded) expect(sha(s3.object(tenant.id, u.documentId)!)).toBe(sha(u.data));
    expect(s3.refused).toEqual([]);
    expect(await servedBy(s3.env())).toEqual(uploaded.map((u) => sha(u.data)));
  });

  it('reports documents missing or altered in the source, copies the rest and exits 1', async () => {
    const altered = await uploadOne();
    const gone = await uploadOne();
    writeFileSync(join(ctx.dataDir, 'documents', tenant.id, altered.documentId), pdf());
    rmSync(join(ctx.dataDir, 'documents', tenant.id, gone.documentId));
    const res = await cli(['--from', 'filesystem', '--to', 'postgres']);
    expect(res.exitCode).toBe(1);
    expect(res.result).toMatchObject({ total: 4, copied: 2, missing: [gone.documentId], corrupt: [altered.documentId], failed: [] });
    expect(
      await ctx.ds.query(`SELECT 1 FROM document_content WHERE document_id = ANY($1)`, [[altered.documentId, gone.documentId]]),
    ).toEqual([]);
    expect(lines).toContain(`missing in filesystem: document ${gone.documentId}`);
  });

  it('refuses bad arguments and names missing S3 settings', async () => {
    await expect(cli(['--from', 'postgres', '--to', 'postgres'])).rejects.toThrow(UsageError);
    await expect(cli(['--from', 'disk', '--to', 'postgres'])).rejects.toThrow(/--from must be one of filesystem, postgres, s3/);
    await expect(cli(['--from', 'filesystem', '--to', 'postgres', '--force'])).rejects.toThrow(UsageError);
    await expect(cli(['--from', 'filesystem', '--to', 's3'])).rejects.toThrow(ConfigError);
    await expect(cli(['--from', 'filesystem', '--to', 's3'])).rejects.toThrow(/S3_BUCKET: Required when DOCUMENT_STORAGE=s3/);
  });
});
