import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FIXTURES } from '../../test/capture-io';
import { type RawRecord, csvRecords, formatOf, jsonRecords, openRecordFile } from './record-reader';

const collect = async (records: AsyncIterable<RawRecord>) => {
  const out: RawRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
};
// Chunks of `size` bytes, so lines and multi-byte characters are cut across chunk boundaries.
const chunked = (text: string, size: number) => {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
};

describe('jsonRecords', () => {
  it('reads one object a line across chunk boundaries, numbering lines and skipping blank ones', async () => {
    const text = '\ufeff{"title":"道路改造工程"}\r\n\n{"title":"监理服务"}\n   \n{"title":"末行无换行"}';
    for (const size of [1, 2, 5, 4096]) {
      expect(await collect(jsonRecords(chunked(text, size)))).toEqual([
        { line: 1, fields: { title: '道路改造工程' } },
        { line: 3, fields: { title: '监理服务' } },
        { line: 5, fields: { title: '末行无换行' } },
      ]);
    }
  });

  it('turns malformed lines and non-objects into record errors and carries on', async () => {
    const records = await collect(jsonRecords(chunked('{"a":1}\n{"a":\n[1,2]\n"text"\n{"b":2}\n', 3)));
    expect(records.map((r) => ('error' in r ? `${r.line} ${r.error.split(':')[0]}` : `${r.line} ok`))).toEqual([
      '1 ok',
      '2 invalid JSON',
      '3 must be a JSON object',
      '4 must be a JSON object',
      '5 ok',
    ]);
    expect(records[1]).toMatchObject({ text: '{"a":' });
  });

  it('skips a line too long to be a record without holding it in memory', async () => {
    const long = `{"body":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    const records = await collect(jsonRecords(Readable.from([Buffer.from(`${long}\n{"a":1}\n`)])));
    expect(records[0]).toMatchObject({ line: 1, error: expect.stringMatching(/^line is \d+ bytes/) });
    expect(records[1]).toEqual({ line: 2, fields: { a: 1 } });
  });
});

describe('csvRecords', () => {
  it('reads a header and rows, with quoted cells over several lines, and reports bad rows by line', async () => {
    const records = await collect(csvRecords(chunked('sourceId,title,body\na,道路,"第一行\n第二行"\nb,只有两格\nc,监理,\n', 7)));
    expect(records).toEqual([
      { line: 2, fields: { sourceId: 'a', title: '道路', body: '第一行\n第二行' } },
      { line: 4, error: 'has 2 cells, the header has 3', text: 'b,只有两格\n' },
      // An empty cell is an absent field.
      { line: 5, fields: { sourceId: 'c', title: '监理' } },
    ]);
  });

  it('reports broken quoting as a record error instead of failing', async () => {
    const records = await collect(csvRecords(Readable.from(['id,title\n1,"好"坏\n2,ok\n'])));
    expect(records.some((r) => 'error' in r && /malformed CSV/.test(r.error))).toBe(true);
  });
});

describe('openRecordFile', () => {
  it('knows the format by extension and reports size and bytes read', async () => {
    expect(formatOf('x.CSV')).toBe('csv');
    expect(formatOf('x.jsonl')).toBe('jsonl');
    const file = await openRecordFile(join(FIXTURES, 'bulletins-small.csv'));
    const records = await collect(file.records);
    expect(records).toHaveLength(4);
    expect(file.bytesRead()).toBe(file.size);
  });

  it('fails before reading for a missing file or a directory', async () => {
    await expect(openRecordFile('/nonexistent/file.jsonl')).rejects.toThrow(/ENOENT/);
    await expect(openRecordFile(FIXTURES)).rejects.toThrow(/not a file/);
  });
});
