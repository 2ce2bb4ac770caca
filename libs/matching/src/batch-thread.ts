import { parentPort } from 'node:worker_threads';
import { computeBatch } from './lib/batch-job';
import type { Instance } from './lib/types';

/**
 * Worker-thread entry of batch matching (`MatchingThread` in libs/server/placements starts it; the
 * worker app bundles it as `matching-batch-thread.js` next to main.js). One run per message:
 * `{ id, instance }` → `{ id, progress }`… then `{ id, output }` or `{ id, error }`.
 * Only relative imports: it also runs from source under ts-node (tests).
 */
parentPort?.on('message', (msg: { id: number; instance: Instance }) => {
  try {
    const output = computeBatch(msg.instance, (progress) => parentPort!.postMessage({ id: msg.id, progress }));
    parentPort!.postMessage({ id: msg.id, output });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
