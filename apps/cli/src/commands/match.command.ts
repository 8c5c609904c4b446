import { readFile } from 'node:fs/promises';
import { hitPlaces, LiveMatcher } from '@app/matcher';
import { parseBulletin } from '@app/parsing';
import { parseCommandArgs, requiredOption } from '../cli-args';
import { CliError } from '../cli.errors';
import { type CliIo, println, writeJsonLine } from '../cli-io';
import { loadSubscriptions } from '../match/subscriptions-file';
import { parserInput, toIngestItem } from '../records/bulletin-record';
import { openInputRecords } from '../records/input-records';

/**
 * `cli match`: which subscriptions each bulletin would reach, through the parser and the live
 * matcher the worker uses. One JSON line per (bulletin, subscription) match, with where each
 * keyword hit (hitPlaces, hitDetails: term, place, sentence) and the relevance score. No database.
 */
export async function matchCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { subscriptions: { type: 'string' }, bulletins: { type: 'string' } });
  const subsPath = requiredOption(values.subscriptions, 'subscriptions');
  const bulletinsPath = requiredOption(values.bulletins, 'bulletins');

  const subs = loadSubscriptions(await readJson(subsPath));
  const records = await openInputRecords(bulletinsPath, io);

  const names = new Map(subs.map((s) => [s.id, s.name]));
  const matcher = new LiveMatcher(subs);
  let bulletins = 0;
  let matches = 0;
  let unreadable = 0;
  for await (const record of records) {
    if ('error' in record) {
      unreadable++;
      println(io.stderr, `line ${record.line}: ${record.error}`);
      continue;
    }
    bulletins++;
    const { item } = toIngestItem(record.fields);
    const parsed = parseBulletin(parserInput(item));
    for (const r of matcher.match(parsed)) {
      matches++;
      await writeJsonLine(io.stdout, {
        bulletinId: item.sourceId ?? `line-${record.line}`,
        subscriptionId: r.subscriptionId,
        subscriptionName: names.get(r.subscriptionId) ?? null,
        title: parsed.title,
        hits: r.hits,
        hitPlaces: hitPlaces(r.details),
        score: r.score,
        hitDetails: r.details.map((d) => ({ entry: d.entry, term: d.term, place: d.place, aligned: d.aligned, sentence: d.sentence })),
      });
    }
  }
  println(
    io.stderr,
    `${bulletins} bulletins, ${subs.length} subscriptions, ${matches} matches${unreadable ? `, ${unreadable} unreadable lines` : ''}`,
  );
  return 0;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${(err as Error).message}`);
  }
}
