import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The worker as a separate OS process (tests/support/ts-entry.js), with its output collected. */
export class WorkerProcess {
  output = '';
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [join(__dirname, 'ts-entry.js'), 'apps/worker/src/main.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async ready(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes('lotse-worker running')) {
      if (this.child.exitCode !== null) throw new Error(`worker exited early: ${this.output.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`worker not ready within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Sends `signal` and resolves with the milliseconds until the process exited, or null after `limitMs` (then kills it). */
  async stop(signal: NodeJS.Signals, limitMs: number): Promise<number | null> {
    const sent = Date.now();
    this.child.kill(signal);
    const timer = new Promise<null>((resolve) => setTimeout(() => resolve(null), limitMs));
    const result = await Promise.race([this.exited.then(() => Date.now() - sent), timer]);
    if (result === null) this.kill();
    return result;
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
