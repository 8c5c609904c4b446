import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { splitLines } from './line-splitter';

/** One record of an input file: an object of fields, or why the line could not be read. */
export type RawRecord = { line: number; fields: Record<string, unknown> } | { line: number; error: string; text?: string };

export const RECORD_FORMATS = ['jsonl', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

// A bulletin body is at most 200,000 characters (≤ 600 kB of UTF-8); anything far beyond is not a bulletin.
const MAX_LINE_BYTES = 4 * 1024 * 1024;
// Enough of a bad line to recognise it in the rejects file.
const REJECT_TEXT_CHARS = 500;

export interface RecordFile {
  records: AsyncIterable<RawRecord>;
  size: number;
  /** Bytes read from the file so far (ahead of the records handed out by at most a chunk). */
  bytesRead(): number;
}

/** `.csv` is CSV; anything else (.jsonl, .ndjson, .json) is JSON Lines. */
export function formatOf(path: string): RecordFormat {
  return extname(path).toLowerCase() === '.csv' ? 'csv' : 'jsonl';
}

/** Opens a file for streaming; rejects (ENOENT, EISDIR, EACCES) before anything is read. */
export async function openRecordFile(path: string, format: RecordFormat = formatOf(path)): Promise<RecordFile> {
  const info = await stat(path);
  if (!info.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
  const stream = createReadStream(path);
  // Surface permission errors now rather than on the first read.
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  return { records: format === 'csv' ? csvRecords(stream) : jsonRecords(stream), size: info.size, bytesRead: () => stream.bytesRead };
}

/** JSON Lines: one object a line; blank lines are skipped, anything unreadable is a record error. */
export async function* jsonRecords(input: Readable): AsyncGenerator<RawRecord> {
  for await (const l of splitLines(input, MAX_LINE_BYTES)) {
    if ('tooLong' in l) {
      yield { line: l.line, error: `line is ${l.tooLong} bytes, more than the ${MAX_LINE_BYTES} a record may have` };
      continue;
    }
    if (!l.text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(l.text);
    } catch (err) {
      yield { line: l.line, error: `invalid JSON: ${(err as Error).message}`, text: l.text.slice(0, REJECT_TEXT_CHARS) };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { line: l.line, error: 'must be a JSON object', text: l.text.slice(0, REJECT_TEXT_CHARS) };
    } else {
      yield { line: l.line, fields: value as Record<string, unknown> };
    }
  }
}

/**
 * CSV with a header row naming the fields. Empty cells are absent fields. A row with the wrong
 * number of cells or broken quoting is a record error; the parser carries on after it.
 */
export async function* csvRecords(input: Readable): AsyncGenerator<RawRecord> {
  const skipped: RawRecord[] = [];
  const parser = parseCsv({
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) =>
      void skipped.push({ line: (err as { lines?: number })?.lines ?? 0, error: `malformed CSV: ${err?.message ?? 'unreadable row'}` }),
  });
  input.on('error', (err) => parser.destroy(err));
  let header: string[] | null = null;
  for await (const { record, info, raw } of input.pipe(parser) as AsyncIterable<{
    record: string[];
    info: { lines: number };
    raw: string;
  }>) {
    yield* skipped.splice(0);
    // info.lines is where the record ends; a quoted cell may span lines.
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    if (!header) {
      header = record.map((h) => h.trim());
      continue;
    }
    if (record.length !== header.length) {
      yield { line, error: `has ${record.length} cells, the header has ${header.length}`, text: raw.slice(0, REJECT_TEXT_CHARS) };
      continue;
    }
    const fields: Record<string, unknown> = {};
    record.forEach((cell, i) => cell !== '' && header![i] && (fields[header![i]] = cell));
    yield { line, fields };
  }
  yield* skipped.splice(0);
}
