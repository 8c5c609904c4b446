import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';

/**
 * Resolves when no queue has waiting, active, delayed or prioritised jobs (polling Redis, which is
 * what a person would look at) — tests wait on this instead of sleeping.
 */
export async function waitForQueuesToDrain(queues: Queue[], timeoutMs = 30000, settleChecks = 2): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (Date.now() < deadline) {
    const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')));
    const busy = counts.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    quiet = busy === 0 ? quiet + 1 : 0;
    if (quiet >= settleChecks) return;
    await sleep(50);
  }
  throw new Error(`queues did not drain within ${timeoutMs} ms`);
}

/** Polls `check` until it returns a truthy value. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await check();
    if (v) return v;
    await sleep(50);
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms`);
}
