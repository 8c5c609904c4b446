import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { integerOption, parseCommandArgs } from '../cli-args';
import { UsageError } from '../cli.errors';
import { type CliIo, println, writeJsonLine } from '../cli-io';
import { DEMO_FEED_SEED, demoFeed } from '../demo-feed/demo-feed';

/**
 * `cli demo-feed`: writes the demo week of bulletins as JSON Lines (stdout or --out), ready for
 * `cli import`. Publication times end just before --now (default: the current time).
 */
export async function demoFeedCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { out: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' } });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError('--now must be an ISO 8601 date');
  const seed = integerOption(values.seed, 'seed', { min: 0, max: 2 ** 32 - 1, fallback: DEMO_FEED_SEED });
  const bulletins = demoFeed({ now, seed });
  const out = values.out ? createWriteStream(values.out) : io.stdout;
  for (const { expected: _expected, ...bulletin } of bulletins) await writeJsonLine(out, bulletin);
  if (values.out) {
    out.end();
    await finished(out);
  }
  println(io.stderr, `${bulletins.length} demo bulletins${values.out ? ` written to ${values.out}` : ''}`);
  return 0;
}
