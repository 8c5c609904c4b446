import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { SENTENCE_MAX, sentenceAround } from '@app/matcher';
import { hitDetailsWithWindows, withSentences } from './hit-sentences';
import type { MatchHitDetail } from './match.entity';

/**
 * A body hit's sentence, cut by readers from the stretch of body_match that Postgres hands back,
 * must be the sentence the matcher cut from the whole body, wherever the hit sits.
 */
describe('hit sentences cut from a window of the stored body', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()), { extra: { max: 2 } })).initialize();
  });
  afterAll(() => ds.destroy());

  async function readBack(details: MatchHitDetail[], body: string): Promise<MatchHitDetail[]> {
    const [row] = await ds.query<Array<{ d: MatchHitDetail[] }>>(
      `SELECT ${hitDetailsWithWindows('x.hd', 'x.body')} AS d FROM (SELECT $1::jsonb AS hd, $2::text AS body) x`,
      [JSON.stringify(details), body],
    );
    return withSentences(row.d);
  }

  const hit = (term: string, offset: number, place: MatchHitDetail['place'] = 'body'): MatchHitDetail => ({
    entry: term,
    term,
    place,
    aligned: true,
    offset,
  });

  // Bodies where sentences are short, run past SENTENCE_MAX either way, or reach the ends.
  const filler = (n: number) => '工程施工监理服务设备采购安装调试运行维护'.repeat(Math.ceil(n / 20)).slice(0, n);
  const bodies = [
    `项目概况：道路照明改造。${filler(300)}。本项目包括道路照明。${filler(40)}`,
    `道路${filler(500)}道路`,
    `${filler(59)}道路${filler(61)}。道路。${filler(200)}道路${filler(3)}`,
    `一、采购需求\n道路及桥梁维修；${filler(130)}；二、供应商资格\n道路`,
  ];

  it('gives every body hit the sentence the matcher cut from the whole body, title hits none, in order', async () => {
    for (const body of bodies) {
      const offsets: number[] = [];
      for (let at = body.indexOf('道路'); at >= 0; at = body.indexOf('道路', at + 1)) offsets.push(at);
      const long = '道路' + filler(SENTENCE_MAX + 10);
      const longAt = body.indexOf(long);
      const details = [hit('道路', 0, 'title'), ...offsets.map((at) => hit('道路', at)), ...(longAt >= 0 ? [hit(long, longAt)] : [])];
      const read = await readBack(details, body);
      expect(read.map((d) => d.offset)).toEqual(details.map((d) => d.offset));
      expect(read[0]).toEqual(hit('道路', 0, 'title'));
      for (const [i, d] of read.entries()) {
        if (i === 0) continue;
        expect(d).toEqual({ ...details[i], sentence: sentenceAround(body, d.offset, d.offset + d.term.length) });
      }
    }
  });

  it('keeps a sentence stored before, and cuts around the term when a new version moved it', async () => {
    const body = `${filler(100)}。新增道路标线施划。${filler(100)}`;
    const stored = { ...hit('道路', 3), sentence: '旧的句子' };
    const moved = hit('道路', body.indexOf('道路') - 4);
    const gone = hit('桥梁', 10);
    const [kept, found, missing] = await readBack([stored, moved, gone], body);
    expect(kept).toEqual(stored);
    expect(found.sentence).toBe('新增道路标线施划。');
    expect(missing).toEqual(gone);
    expect(Object.keys(missing)).not.toContain('window');
  });

  it('leaves a hit alone that has no offset, or whose body is gone', async () => {
    const { offset: _o, ...noOffset } = hit('道路', 0);
    expect(await readBack([noOffset as MatchHitDetail], '道路工程')).toEqual([noOffset]);
    const [row] = await ds.query<Array<{ d: MatchHitDetail[] }>>(
      `SELECT ${hitDetailsWithWindows('x.hd', 'x.body')} AS d FROM (SELECT $1::jsonb AS hd, NULL::text AS body) x`,
      [JSON.stringify([hit('道路', 0)])],
    );
    expect(withSentences(row.d)).toEqual([hit('道路', 0)]);
  });

  it('reads an empty list for matches recorded before hits had places', async () => {
    expect(await readBack([], 'x')).toEqual([]);
  });
});
