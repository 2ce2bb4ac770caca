import { Injectable, Logger } from '@nestjs/common';
import { computeBatch, type BatchJobOutput, type Instance } from '@lotse/matching';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The thread script bundled next to the worker's main.js (apps/worker/webpack.config.js). */
export const MATCHING_THREAD_BUNDLE = 'matching-batch-thread.js';

/**
 * Runs a batch computation (`computeBatch` of @lotse/matching: pure CPU, seconds for a city) in a
 * worker thread of its own, so the worker's main thread keeps serving its queues, the outbox relay
 * and BullMQ's lock renewals meanwhile. One thread per run, ended afterwards (its memory — the
 * model of thousands of childminders — goes with it). Progress (0–100 of the computation) comes
 * back as messages. Without a thread script (neither bundled nor as source) it computes in-process.
 */
@Injectable()
export class MatchingThread {
  private readonly logger = new Logger(MatchingThread.name);

  /** How the last run was computed (tests and logs). */
  lastRunIn: 'thread' | 'main' | null = null;

  async run(instance: Instance, progress: (percent: number) => void = () => undefined): Promise<BatchJobOutput> {
    const worker = this.spawn();
    if (!worker) {
      this.logger.warn('matching thread script not found, computing on the main thread');
      this.lastRunIn = 'main';
      return computeBatch(instance, progress);
    }
    this.lastRunIn = 'thread';
    try {
      return await new Promise<BatchJobOutput>((resolvePromise, reject) => {
        worker.on('message', (m: { id: number; progress?: number; output?: BatchJobOutput; error?: string }) => {
          if (m.progress !== undefined) progress(m.progress);
          else if (m.output) resolvePromise(m.output);
          else reject(new Error(m.error ?? 'matching thread failed'));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`matching thread exited (${code})`)));
        worker.postMessage({ id: 1, instance });
      });
    } finally {
      await worker.terminate();
    }
  }

  /** The bundled script next to main.js; in ts-jest/ts-node runs the TypeScript source of libs/matching. */
  private spawn(): Worker | null {
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
