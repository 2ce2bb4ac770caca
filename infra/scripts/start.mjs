// `npm start`: the whole product on one machine. Runs on any Node ≥ 18 (the machine's own Node may
// be old): it installs the npm packages when they are missing, then hands over to run-stack.mjs on
// the Node 24 that the repo pins (package "node" in node_modules/.bin).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules/.package-lock.json');
const nodeBin = join(root, 'node_modules/.bin/node');

if (!existsSync(installed) || !existsSync(nodeBin) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  console.log('[lotse] installing npm packages (npm ci) …');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(nodeBin, [join(root, 'infra/scripts/run-stack.mjs'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
