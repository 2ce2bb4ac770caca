// Brings up Lotse: PostgreSQL, Redis and a mail catcher (each only when no *_URL is given), builds
// the apps (Nx cache makes later starts fast), migrates, seeds the demo office, starts API + worker,
// and prints where to go. Ctrl-C stops everything this script started; data stays in .data/.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { log, portIsFree, freePort, startMailCatcher, startPostgres, startRedis } from './services.mjs';

const root = resolve(process.cwd());
const dataDir = resolve(process.env.DATA_DIR ?? join(root, '.data'));
mkdirSync(join(dataDir, 'logs'), { recursive: true });
const env = { ...process.env };
const stops = [];
const children = [];
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping …');
  // Every step has a deadline: API and worker end within 10 s of SIGTERM by themselves; one that
  // does not is killed, and a service that does not stop is left behind with a line saying so.
  const within = (ms, work, onLate) =>
    new Promise((resolve) => {
      const t = setTimeout(() => resolve(onLate()), ms);
      work.then(
        () => (clearTimeout(t), resolve()),
        (e) => (clearTimeout(t), resolve(log(`stop failed: ${e}`))),
      );
    });
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of running) c.kill('SIGTERM');
  await Promise.all(
    running.map((c) =>
      within(15_000, new Promise((r) => c.once('exit', r)), () => {
        log(`process ${c.pid} did not stop within 15 s of SIGTERM; killing it`);
        c.kill('SIGKILL');
      }),
    ),
  );
  for (const stop of stops.reverse()) await within(10_000, stop(), () => log('a service did not stop within 10 s; leaving it'));
  log('stopped. Data is kept in .data/ for the next start.');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
process.on('SIGHUP', () => void stopAll(0));

async function pickPort(preferred) {
  return (await portIsFree(preferred)) ? preferred : freePort();
}

function run(cmd, args, what) {
  log(what);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no healthy answer from ${url} within ${timeoutMs / 1000} s (see .data/logs/)`);
}

function startProcess(name, script) {
  const out = createWriteStream(join(dataDir, 'logs', `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.stderr.on('data', (d) => process.stderr.write(`[${name}] ${d}`));
  child.on('exit', (code) => {
    if (!stopping) {
      log(`${name} exited with ${code}; see .data/logs/${name}.log`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

try {
  const started = Date.now();
  if (!env.DATABASE_URL) {
    const port = await pickPort(54329);
    log(`starting PostgreSQL on 127.0.0.1:${port} (data in .data/postgres) …`);
    const pg = await startPostgres({ dataDir: join(dataDir, 'postgres'), port, persistent: true });
    env.DATABASE_URL = pg.url;
    stops.push(pg.stop);
    // One machine, one disk: documents stay files under .data/documents (the schema's default,
    // postgres, is for deployments with external services; see docs/architecture.md).
    env.DOCUMENT_STORAGE ??= 'filesystem';
  } else log('using DATABASE_URL');
  if (!env.REDIS_URL) {
    const port = await pickPort(63790);
    log(`starting Redis on 127.0.0.1:${port} …`);
    const redis = await startRedis({ port, dir: join(dataDir, 'redis'), persist: true });
    env.REDIS_URL = redis.url;
    stops.push(redis.stop);
  } else log('using REDIS_URL');
  let mailWeb = env.MAIL_WEB_URL ?? null;
  if (!env.SMTP_URL) {
    const smtpPort = await pickPort(1025);
    const webPort = await pickPort(1080);
    log(`starting the mail catcher (SMTP ${smtpPort}, inbox ${webPort}) …`);
    const mail = await startMailCatcher({ smtpPort, webPort });
    env.SMTP_URL = mail.url;
    mailWeb = mail.webUrl;
    stops.push(mail.stop);
  } else log('using SMTP_URL');

  if (!env.SESSION_SECRET) {
    const file = join(dataDir, 'session-secret');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    env.SESSION_SECRET = readFileSync(file, 'utf8').trim();
  }
  env.PORT ??= String(await pickPort(3000));
  env.PUBLIC_URL ??= `http://localhost:${env.PORT}`;
  env.WEB_DIST_DIR ??= join(root, 'dist/apps/web/browser');
  env.NODE_ENV ??= 'production';
  env.NX_DAEMON ??= 'false';

  const nx = join(root, 'node_modules/.bin/nx');
  run(
    nx,
    ['run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=stream-without-prefixes'],
    'building API, worker and web client (cached after the first start) …',
  );
  run(process.execPath, [join(root, 'dist/apps/api/cli.js'), 'migrate'], 'applying database migrations …');
  // cli.js refuses (exit 3, with its reason on stderr) under an https:// PUBLIC_URL unless SEED_DEMO=force.
  let demo = env.SEED_DEMO !== 'false';
  if (demo) {
    log('seeding the demo office Stadt Kamen …');
    const r = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), 'seed-demo'], { cwd: root, env, stdio: 'inherit' });
    if (r.status === 3) demo = false;
    else if (r.status !== 0) throw new Error(`seeding the demo office failed (exit ${r.status})`);
  }

  startProcess('api', join(root, 'dist/apps/api/main.js'));
  startProcess('worker', join(root, 'dist/apps/worker/main.js'));
  await waitForHealth(`http://127.0.0.1:${env.PORT}/health`, 60_000);

  const logins = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), 'demo-logins'], { env, encoding: 'utf8' }).stdout;
  const line = '─'.repeat(72);
  console.log(`\n${line}\n  Lotse is running (ready in ${Math.round((Date.now() - started) / 1000)} s)\n${line}`);
  console.log(`  Web client         ${env.PUBLIC_URL}`);
  console.log(`  API documentation  ${env.PUBLIC_URL}/api/docs`);
  console.log(`  Health             ${env.PUBLIC_URL}/health`);
  console.log(`  Queue dashboard    ${env.PUBLIC_URL}/api/admin/queues   (as admin)`);
  if (mailWeb) console.log(`  Mail inbox         ${mailWeb}`);
  console.log(`  Logs               .data/logs/api.log, .data/logs/worker.log`);
  if (demo) {
    console.log(`\n  Demo logins (role, e-mail, password):`);
    for (const l of logins.trim().split('\n')) console.log(`    ${l}`);
  }
  console.log(`\n  Stop with Ctrl-C.\n${line}\n`);
} catch (e) {
  console.error(`[lotse] ${e instanceof Error ? e.message : e}`);
  await stopAll(1);
}
