// Browser tests run against the built product, started the way `npm start` starts it:
// real PostgreSQL, Redis and a mail catcher, migrations, the demo office, API (serving the web
// client) and worker as separate processes.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startMailCatcher, startPostgres, startRedis } from '../../../infra/scripts/services.mjs';

export default async function globalSetup() {
  const root = resolve(process.cwd());
  for (const f of ['dist/apps/api/main.js', 'dist/apps/worker/main.js', 'dist/apps/web/browser/index.html']) {
    if (!existsSync(join(root, f))) throw new Error(`${f} is missing: build first (npm test does: nx run-many -t build -p api worker web)`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'lotse-web-'));
  chmodSync(tmp, 0o755);
  const stops = [];
  const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  if (!process.env.DATABASE_URL) {
    const pg = await startPostgres({ dataDir: join(tmp, 'pg'), port: await freePort(), persistent: false, database: 'lotse_web' });
    env.DATABASE_URL = pg.url;
    stops.push(pg.stop);
  }
  if (!process.env.REDIS_URL) {
    const redis = await startRedis({ port: await freePort(), dir: join(tmp, 'redis'), persist: false });
    env.REDIS_URL = redis.url;
    stops.push(redis.stop);
  }
  const mailWeb = await freePort();
  const mail = await startMailCatcher({ smtpPort: await freePort(), webPort: mailWeb });
  env.SMTP_URL = mail.url;
  stops.push(mail.stop);
  env.PORT = String(await freePort());
  env.PUBLIC_URL = `http://127.0.0.1:${env.PORT}`;
  env.SESSION_SECRET = 'web-e2e-secret-0123456789abcdef0123456789';
  env.QUEUE_PREFIX = `web${env.PORT}`;
  env.WEB_DIST_DIR = join(root, 'dist/apps/web/browser');
  env.LOGIN_RATE_LIMIT = '1000';
  for (const cmd of ['migrate', 'seed-demo']) {
    const r = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), cmd], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cli ${cmd} failed: ${r.stderr}`);
  }
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const procs = ['api', 'worker'].map((name) => {
    const out = createWriteStream(join(root, `tmp/web-e2e-${name}.log`));
    const child = spawn(process.execPath, [join(root, `dist/apps/${name}/main.js`)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    return child;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${env.PUBLIC_URL}/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) throw new Error('API did not become healthy; see tmp/web-e2e-api.log');
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.LOTSE_WEB_URL = env.PUBLIC_URL;
  process.env.LOTSE_MAIL_WEB_URL = `http://127.0.0.1:${mailWeb}`;
  process.env.LOTSE_WEB_DATABASE_URL = env.DATABASE_URL;
  globalThis.__LOTSE_WEB_STOP__ = async () => {
    for (const p of procs) {
      if (p.exitCode === null) {
        p.kill('SIGTERM');
        await new Promise((r) => p.once('exit', r));
      }
    }
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  };
}
