import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, bounded } from '@lotse/server/core';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PermitDocumentData } from './permit-document-data';
import { renderPermitPdf } from './render-permit-pdf';

interface Pending {
  resolve: (b: Buffer) => void;
  reject: (e: Error) => void;
  worker: Worker;
}

/**
 * Renders permit PDFs on all cores: rendering is pure CPU (layout, font subsetting, deflate), so
 * one worker process spreads it over a small pool of worker threads while its main thread does the
 * database and queue work. Falls back to rendering in-process when threads are not available.
 * The same pure builder runs either way, so the bytes are identical.
 */
@Injectable()
export class PermitPdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger(PermitPdfRenderer.name);
  private threads: Array<{ worker: Worker; busy: number }> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get size(): number {
    return this.threads?.length ?? 1;
  }

  render(data: PermitDocumentData): Promise<Buffer> {
    const threads = this.ensureThreads();
    if (!threads.length) return renderPermitPdf(data);
    const t = threads.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    t.busy++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (b) => (t.busy--, resolve(b)),
        reject: (e) => (t.busy--, reject(e)),
        worker: t.worker,
      });
      t.worker.postMessage({ id, data });
    });
  }

  private ensureThreads(): Array<{ worker: Worker; busy: number }> {
    if (this.threads) return this.threads;
    this.threads = [];
    const count = this.config.PDF_RENDER_THREADS ?? Math.min(4, availableParallelism());
    if (count < 1 || (count < 2 && this.config.PDF_RENDER_THREADS === undefined)) return this.threads;
    try {
      for (let i = 0; i < count; i++) {
        const worker = this.spawn();
        if (!worker) break;
        worker.unref();
        worker.on('message', (m: { id: number; pdf?: Uint8Array; error?: string }) => {
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          if (m.error || !m.pdf) p.reject(new Error(m.error ?? 'render failed'));
          else p.resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
        });
        // A broken thread fails its renders (the job retries) and leaves the pool; with no
        // thread left, rendering continues in-process.
        worker.on('error', (e) => {
          this.logger.error(`render thread failed: ${e.message}`);
          for (const [id, p] of this.pending) {
            if (p.worker === worker) {
              this.pending.delete(id);
              p.reject(e);
            }
          }
          this.threads = (this.threads ?? []).filter((t) => t.worker !== worker);
        });
        this.threads.push({ worker, busy: 0 });
      }
    } catch (e) {
      this.logger.warn(`render threads unavailable, rendering in-process: ${String(e)}`);
      this.threads = [];
    }
    return this.threads;
  }

  /** The bundled thread script next to the worker's main.js; in ts-jest runs the TypeScript source via ts-node. */
  private spawn(): Worker | null {
    const bundled = join(__dirname, 'render-permit-thread.js');
    if (existsSync(bundled)) return new Worker(bundled);
    const source = join(__dirname, 'render-thread.ts');
    if (existsSync(source)) {
      const code = `require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', ignoreDeprecations: '6.0' } }); require(${JSON.stringify(source)});`;
      return new Worker(code, { eval: true });
    }
    return null;
  }

  /** After the queue workers stopped (QueueShutdown), so a render that is running may finish first. */
  async onApplicationShutdown(): Promise<void> {
    for (const p of this.pending.values()) p.reject(new Error('renderer shut down'));
    this.pending.clear();
    const threads = this.threads ?? [];
    this.threads = null;
    await bounded(Promise.all(threads.map((t) => t.worker.terminate())), 1_000);
  }
}
