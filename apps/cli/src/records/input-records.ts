import { CliError } from '../cli.errors';
import type { CliIo } from '../cli-io';
import { type RawRecord, type RecordFile, type RecordFormat, jsonRecords, openRecordFile } from './record-reader';

/** Opens a file to stream, or fails with a CliError (exit 1) naming it and why. */
export async function openInputFile(path: string, format?: RecordFormat): Promise<RecordFile> {
  try {
    return await openRecordFile(path, format);
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

/** JSON Lines records from a file, or from stdin for `-` or no file. */
export async function openInputRecords(path: string | undefined, io: CliIo): Promise<AsyncIterable<RawRecord>> {
  if (path === undefined || path === '-') return jsonRecords(io.stdin);
  return (await openInputFile(path, 'jsonl')).records;
}
