import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';

/**
 * Resolves when no queue has waiting, active, delayed or prioritised jobs (polling Redis, which is
 * what a person would look at) — tests wait on this instead of sleeping.
 */
export async function waitForQueuesToDrain(queues: Queue[], timeoutMs = 30000, settleChecks = 2): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  let counts: Array<Record<string, number>> = [];
  while (Date.now() < deadline) {
    counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')));
    // A job scheduler always keeps its next tick delayed; that is not work in flight.
    const ticks = await Promise.all(queues.map(async (q) => (await q.getJobSchedulersCount()) > 0));
    counts.forEach((c, i) => ticks[i] && (c.delayed = Math.max(0, c.delayed - 1)));
    const busy = counts.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    quiet = busy === 0 ? quiet + 1 : 0;
    if (quiet >= settleChecks) return;
    await sleep(50);
  }
  const busy = queues.map((q, i) => `${q.name} ${JSON.stringify(counts[i])}`).join('; ');
  throw new Error(`queues did not drain within ${timeoutMs} ms: ${busy}`);
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
