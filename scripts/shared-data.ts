import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The labelled bulletins some checkouts have beside them (`../shared/data/*.jsonl`). They are
 * other people's text, so they are never part of the repository: reports and benchmarks use them
 * when they are there and say so when they are not.
 */
export const SHARED_DATA_DIR = resolve(__dirname, '..', '..', 'shared', 'data');

export function sharedDataFiles(dir = SHARED_DATA_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}
