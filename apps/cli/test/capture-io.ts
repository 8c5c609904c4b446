import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../src/cli-io';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const FIXTURES = resolve(REPO_ROOT, 'test', 'fixtures');

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
  /** stdout as parsed JSON lines. */
  jsonLines<T = Record<string, unknown>>(): T[];
}

/** Streams for a command under test: stdin from `input`, stdout and stderr collected. */
export function captureIo(input = ''): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return {
    stdin: Readable.from([Buffer.from(input)]),
    stdout,
    stderr,
    out: () => out,
    err: () => err,
    jsonLines: <T>() =>
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as T),
  };
}
