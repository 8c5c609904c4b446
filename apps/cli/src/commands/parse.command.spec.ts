import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, captureIo } from '../../test/capture-io';
import { runCli } from '../main';
import { parseCommand } from './parse.command';

const FIXTURE = join(FIXTURES, 'bulletins-small.jsonl');

describe('cli parse', () => {
  it('writes one line per input line: what the parser reads, or why the line was unreadable', async () => {
    const io = captureIo();
    expect(await parseCommand([FIXTURE], io)).toBe(0);
    const lines = io.jsonLines();
    expect(lines.map((l) => l.id ?? l.error)).toEqual([
      'fx-henan-tender',
      'fx-shaanxi-tender',
      expect.stringMatching(/^invalid JSON/),
      'fx-neimenggu-supervision',
      'fx-gansu-award',
    ]);
    // 宝鸡市凤翔区: the district is in the title, the region text only names the province.
    expect(lines[1]).toEqual({
      id: 'fx-shaanxi-tender',
      category: 'tender',
      stage: 'invitation',
      regionCode: '610305',
      regionPath: ['陕西省', '宝鸡市', '凤翔区'],
      budgetYuan: 1200000,
      awardYuan: null,
      winners: [],
      buyer: '凤翔县教育事业服务中心',
      agency: '宝鸡正衡工程咨询有限公司',
      projectCode: 'FXJY-CG-2026-011',
      publishedAt: '2026-03-15T16:00:00.000Z',
      deadlineAt: '2026-03-27T01:00:00.000Z',
    });
    expect(lines[3]).toMatchObject({ regionPath: ['内蒙古自治区', '赤峰市', '敖汉旗'], budgetYuan: 58400 });
    expect(lines[4]).toMatchObject({ category: 'award', regionPath: ['甘肃省'], budgetYuan: null, deadlineAt: null });
    expect(lines[2]).toEqual({ line: 3, error: expect.any(String) });
    expect(io.err()).toMatch(/1 line\(s\) could not be read/);
  });

  it('reads stdin for - and, with --text-only, reads category, budget and date from the text alone', async () => {
    const first = readFileSync(FIXTURE, 'utf8').split('\n')[0];
    const labelled = JSON.parse(first);
    const io = captureIo(`${JSON.stringify({ ...labelled, budget_amount_yuan: 1, category: 'other', publish_date: '2020-01-01' })}\n`);
    expect(await parseCommand(['-', '--text-only'], io)).toBe(0);
    // 预算金额：712,400.00元 in the body; 招标/磋商公告 in the title.
    expect(io.jsonLines()).toEqual([
      expect.objectContaining({ id: 'fx-henan-tender', category: 'tender', budgetYuan: 712400, regionPath: ['河南省', '焦作市'] }),
    ]);
  });

  it('exits 1 for a file it cannot read', async () => {
    const io = captureIo();
    expect(await runCli(['parse', '/nonexistent.jsonl'], io)).toBe(1);
    expect(io.err()).toMatch(/^parse: cannot read \/nonexistent.jsonl: ENOENT/);
  });
});
