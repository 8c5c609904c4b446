import { FIXTURES, captureIo } from '../../test/capture-io';
import { UsageError } from '../cli.errors';
import { runCli } from '../main';
import { parseImportArgs } from './import.command';

describe('parseImportArgs', () => {
  it('has defaults: format from the extension, rejects beside the file, batches of 500', () => {
    expect(parseImportArgs(['data/feed.jsonl', '--source', 'crawler-a'])).toEqual({
      file: 'data/feed.jsonl',
      source: 'crawler-a',
      format: 'jsonl',
      rejectsPath: 'data/feed.jsonl.rejects.jsonl',
      batchSize: 500,
    });
    expect(parseImportArgs(['export.csv', '--source', 'x']).format).toBe('csv');
  });

  it('takes every option, in any order', () => {
    expect(parseImportArgs(['--batch', '1000', '--format', 'csv', 'feed.txt', '--rejects', '/tmp/r.jsonl', '--source=partner'])).toEqual({
      file: 'feed.txt',
      source: 'partner',
      format: 'csv',
      rejectsPath: '/tmp/r.jsonl',
      batchSize: 1000,
    });
  });

  it.each([
    [['--source', 'a'], /missing argument/],
    [['a.jsonl'], /--source is required/],
    [['a.jsonl', '--source', ' '], /--source is required/],
    [['a.jsonl', 'b.jsonl', '--source', 'a'], /unexpected argument: b.jsonl/],
    [['a.jsonl', '--source', 'a', '--format', 'xml'], /--format must be one of jsonl, csv/],
    [['a.jsonl', '--source', 'a', '--batch', '0'], /--batch must be a whole number from 1 to 1000/],
    [['a.jsonl', '--source', 'a', '--batch', '1001'], /--batch must be a whole number/],
    [['a.jsonl', '--source', 'a', '--batch', '2.5'], /--batch must be a whole number/],
    [['a.jsonl', '--source', 'a', '--dry-run'], /Unknown option '--dry-run'/],
    [['a.jsonl', '--source'], /argument missing/],
    [['a.jsonl', '--source', 'a', '--rejects', './a.jsonl'], /--rejects must not be the file being imported/],
  ])('refuses %j', (args, message) => {
    expect(() => parseImportArgs(args)).toThrow(UsageError);
    expect(() => parseImportArgs(args)).toThrow(message);
  });
});

describe('cli import', () => {
  it('exits 1 for a file it cannot read, before touching the database', async () => {
    const io = captureIo();
    expect(await runCli(['import', '/nonexistent/feed.jsonl', '--source', 'a'], io)).toBe(1);
    expect(io.err()).toMatch(/^import: cannot read \/nonexistent\/feed.jsonl: ENOENT/);
    expect(await runCli(['import', FIXTURES, '--source', 'a'], captureIo())).toBe(1);
  });
});
