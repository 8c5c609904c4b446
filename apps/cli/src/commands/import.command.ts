import { resolve } from 'node:path';
import { MAX_BATCH_ITEMS } from '@app/domain';
import { choiceOption, integerOption, parseCommandArgs, requiredOption } from '../cli-args';
import { UsageError } from '../cli.errors';
import { type CliIo, println } from '../cli-io';
import { withCliApp } from '../cli.module';
import { formatSummary } from '../import/import-tally';
import { runImport } from '../import/import-run';
import { openInputFile } from '../records/input-records';
import { RECORD_FORMATS, type RecordFormat, formatOf } from '../records/record-reader';

export interface ImportArgs {
  file: string;
  source: string;
  format: RecordFormat;
  rejectsPath: string;
  batchSize: number;
}

export function parseImportArgs(args: string[]): ImportArgs {
  const { values, positionals } = parseCommandArgs(
    args,
    { source: { type: 'string' }, format: { type: 'string' }, rejects: { type: 'string' }, batch: { type: 'string' } },
    { min: 1, max: 1 },
  );
  const file = positionals[0];
  const rejectsPath = values.rejects ?? `${file}.rejects.jsonl`;
  if (resolve(rejectsPath) === resolve(file)) throw new UsageError('--rejects must not be the file being imported');
  return {
    file,
    source: requiredOption(values.source, 'source'),
    format: choiceOption(values.format, 'format', RECORD_FORMATS) ?? formatOf(file),
    rejectsPath,
    // The API takes at most MAX_BATCH_ITEMS a request; the import keeps to the same batches.
    batchSize: integerOption(values.batch, 'batch', { min: 1, max: MAX_BATCH_ITEMS, fallback: 500 }),
  };
}

/** `cli import`: a JSON Lines or CSV file into the database, as the ingest API would store it. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseImportArgs(args);
  // Before booting: an unreadable file fails fast, without touching the database.
  const file = await openInputFile(options.file, options.format);
  return withCliApp(io, async (app) => {
    const summary = await runImport(app, file, options, io);
    for (const line of formatSummary(summary)) println(io.stdout, line);
    return 0;
  });
}
