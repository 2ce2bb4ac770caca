import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { computeBatch, type BatchJobOutput, type Instance } from '@lotse/matching';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The thread script bundled next to the worker's main.js (apps/worker/webpack.config.js). */
export const MATCHING_THREAD_BUNDLE = 'matching-batch-thread.js';

/**
 * Runs a batch computation (`computeBatch` of @lotse/matching: pure CPU, seconds for a city) in a
 * worker thread of its own, so the worker's main thread keeps serving its queues, the outbox relay
 * and BullMQ's lock renewals meanwhile. One thread, started on the first run and kept; runs queue
 * on it one after another (the model of a run is garbage once its answer is sent). Progress (0–100
 * of the computation) comes back as messages. Without a thread script (neither bundled nor as source) it computes in-process.
 */
@Injectable()
export class MatchingThread implements OnApplicationShutdown {
  private readonly logger = new Logger(MatchingThread.name);
  /** One thread, started on the first run and kept (starting it costs a module load; under ts-node seconds). */
  private worker: Worker | null = null;
  /** Runs one after another on the thread. */
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  /** How the last run was computed (tests and logs). */
  lastRunIn: 'thread' | 'main' | null = null;

  run(instance: Instance, progress: (percent: number) => void = () => undefined): Promise<BatchJobOutput> {
    const next = this.queue.then(() => this.runNow(instance, progress));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(instance: Instance, progress: (percent: number) => void): Promise<BatchJobOutput> {
    this.worker ??= this.spawn();
    const worker = this.worker;
    if (!worker) {
      this.logger.warn('matching thread script not found, computing on the main thread');
      this.lastRunIn = 'main';
      return computeBatch(instance, progress);
    }
    this.lastRunIn = 'thread';
    const id = this.nextId++;
    return new Promise<BatchJobOutput>((resolvePromise, reject) => {
      const done = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (m: { id: number; progress?: number; output?: BatchJobOutput; error?: string }) => {
        if (m.id !== id) return;
        if (m.progress !== undefined) return progress(m.progress);
        done();
        if (m.output) resolvePromise(m.output);
        else reject(new Error(m.error ?? 'matching thread failed'));
      };
      // A broken thread fails this run (the job retries) and is replaced on the next one.
      const onError = (e: Error) => {
        done();
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        reject(e);
      };
      const onExit = (code: number) => onError(new Error(`matching thread exited (${code})`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, instance });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  /** The bundled script next to main.js; in ts-jest/ts-node runs the TypeScript source of libs/matching. */
  private spawn(): Worker | null {
    const worker = this.spawnScript();
    worker?.unref();
    return worker;
  }

  private spawnScript(): Worker | null {
    const bundled = join(__dirname, MATCHING_THREAD_BUNDLE);
    if (existsSync(bundled)) return new Worker(bundled);
    const source = resolve(__dirname, '../../../../../matching/src/batch-thread.ts');
    if (existsSync(source)) {
      const code = `require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', ignoreDeprecations: '6.0' } }); require(${JSON.stringify(source)});`;
      return new Worker(code, { eval: true });
    }
    return null;
  }
}
