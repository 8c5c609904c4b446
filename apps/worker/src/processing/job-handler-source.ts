import type { Worker } from 'bullmq';

/**
 * Anything that handles contract jobs declares which, so the boot check can verify coverage, and
 * hands over its BullMQ workers idle: WorkerStartup runs them only once the check has passed.
 */
export interface JobHandlerSource {
  jobHandlers(): Array<{ queue: string; jobs: string[] }>;
  idleWorkers(): Worker[];
  /** Jobs at once per worker; absent = WORKER_CONCURRENCY. */
  readonly concurrency?: number;
}

export function isJobHandlerSource(x: unknown): x is JobHandlerSource {
  const s = x as JobHandlerSource | null;
  return typeof s?.jobHandlers === 'function' && typeof s.idleWorkers === 'function';
}
