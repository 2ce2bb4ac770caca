import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { TestContext } from '../../../support/test-app';
import { waitFor } from '../../../support/wait';

/**
 * Issue 10, item 10: Kubernetes probed liveness at `/health`, which checks the database — a short
 * database outage failed it on every API pod at once and restarted them all. Liveness is now
 * `/health/live` (the process answers), readiness `/health/ready` (database, Redis); `/health`
 * stays the full report for people and monitoring.
 */
describe('GET /health/live and /health/ready', () => {
  let ctx: TestContext;

  /** Closes the test database to new connections and ends the open ones: "the database is briefly away". */
  const database = async (reachable: boolean) => {
    const admin = new Client({ connectionString: process.env['LOTSE_TEST_PG_URL'] });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${ctx.dbName} ALLOW_CONNECTIONS ${reachable}`);
      if (!reachable)
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
          ctx.dbName,
        ]);
    } finally {
      await admin.end();
    }
  };

  beforeAll(async () => {
    ctx = await TestContext.create();
  });
  afterAll(async () => {
    await database(true);
    await ctx.close();
  });

  it('both answer 200 without a session while everything is up', async () => {
    const live = await ctx.client().get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok', info: { process: { status: 'up' } } });
    expect(live.body.info.database).toBeUndefined();
    const ready = await ctx.client().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('with the database away: liveness stays 200, readiness and /health answer 503; readiness recovers with the database', async () => {
    await database(false);
    try {
      for (let i = 0; i < 3; i++) expect((await ctx.client().get('/health/live')).status).toBe(200);
      const ready = await ctx.client().get('/health/ready');
      // (The error body is the API's common shape, {statusCode, message, errors}, like /health's.)
      expect(ready.status).toBe(503);
      // The old liveness target: would have restarted the pod.
      expect((await ctx.client().get('/health')).status).toBe(503);
    } finally {
      await database(true);
    }
    await waitFor(async () => (await ctx.client().get('/health/ready')).status === 200, {
      what: 'readiness after the database is back',
      timeoutMs: 15_000,
    });
    expect((await ctx.client().get('/health')).status).toBe(200);
  });

  it('the Kubernetes API Deployment probes liveness at /health/live and readiness at /health/ready', () => {
    const manifest = readFileSync(join(__dirname, '../../../../infra/k8s/api.yaml'), 'utf8');
    const probe = (name: string) => new RegExp(`${name}:\\s*\\n\\s*httpGet:\\s*\\{\\s*path:\\s*(\\S+),`).exec(manifest)?.[1];
    expect(probe('livenessProbe')).toBe('/health/live');
    expect(probe('readinessProbe')).toBe('/health/ready');
  });
});
