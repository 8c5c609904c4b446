import { parseBulletin } from '@app/parsing';
import { parseCommandArgs } from '../cli-args';
import { type CliIo, println, writeJsonLine } from '../cli-io';
import { parserInput, toIngestItem } from '../records/bulletin-record';
import { openInputRecords } from '../records/input-records';

/**
 * `cli parse`: what the parser reads from each bulletin, one JSON line per input line. Reads the
 * fields ingest would pass; --text-only leaves out every value a source may state (category, budget,
 * date, buyer, agency, project code), so all of it is read from the text.
 */
export async function parseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { 'text-only': { type: 'boolean' } }, { max: 1 });
  const records = await openInputRecords(positionals[0], io);
  let unreadable = 0;
  for await (const record of records) {
    if ('error' in record) {
      unreadable++;
      // One output line per input line, so outputs line up with inputs.
      await writeJsonLine(io.stdout, { line: record.line, error: record.error });
      continue;
    }
    const { item } = toIngestItem(record.fields);
    const parsed = parseBulletin(parserInput(item, values['text-only']));
    await writeJsonLine(io.stdout, {
      id: item.sourceId ?? null,
      category: parsed.category,
      stage: parsed.stage,
      regionCode: parsed.regionCode,
      regionPath: parsed.regionPath,
      budgetYuan: parsed.budgetYuan,
      awardYuan: parsed.awardYuan,
      winners: parsed.winners,
      buyer: parsed.buyer,
      agency: parsed.agency,
      projectCode: parsed.projectCode,
      publishedAt: parsed.publishedAt,
      deadlineAt: parsed.deadlineAt,
    });
  }
  if (unreadable) println(io.stderr, `${unreadable} line(s) could not be read as JSON objects`);
  return 0;
}
