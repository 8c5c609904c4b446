/** Anything that handles contract jobs declares which, so the boot check can verify coverage. */
export interface JobHandlerSource {
  jobHandlers(): Array<{ queue: string; jobs: string[] }>;
}

export function isJobHandlerSource(x: unknown): x is JobHandlerSource {
  return typeof (x as JobHandlerSource | null)?.jobHandlers === 'function';
}
