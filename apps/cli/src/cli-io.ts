import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** The streams a command talks to; tests pass their own. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export const processIo = (): CliIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

/** Writes one JSON line, waiting for the stream to drain when it is full (large outputs, slow pipes). */
export async function writeJsonLine(out: Writable, value: unknown): Promise<void> {
  // events.once rejects on 'error', so a closed pipe (EPIPE) cannot leave us waiting forever.
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}

/** Writes a line of text (no backpressure wait: summaries and messages are small). */
export function println(out: Writable, text = ''): void {
  out.write(`${text}\n`);
}
