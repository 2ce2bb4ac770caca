import { computeBatch, generateInstance } from '@lotse/matching';
import { MatchingThread } from './matching-thread';

describe('MatchingThread', () => {
  it('computes a batch in a worker thread: same result as in-process, progress reported, main thread free meanwhile', async () => {
    const instance = generateInstance({ seed: 11, childminders: 100, requests: 300 });
    const thread = new MatchingThread();
    const seen: number[] = [];
    let ticks = 0;
    let counting = false;
    const timer = setInterval(() => counting && ticks++, 2);
    try {
      const out = await thread.run(instance, (p) => {
        seen.push(p);
        counting = p === 0; // between the start of match() and its end
      });
      expect(thread.lastRunIn).toBe('thread');
      const local = computeBatch(instance);
      expect(JSON.stringify(out.result)).toBe(JSON.stringify(local.result));
      expect(out.details).toEqual(local.details);
      expect(seen).toEqual([0, 75, 100]);
      // The main thread's timers kept running while the thread matched 300 children.
      expect(ticks).toBeGreaterThan(0);
      // The thread is kept: a second run answers on it too.
      const again = await thread.run(instance);
      expect(JSON.stringify(again.result)).toBe(JSON.stringify(local.result));
    } finally {
      clearInterval(timer);
      await thread.onApplicationShutdown();
    }
  }, 120_000);
});
