import { join } from 'node:path';
import { checkPairs, readJudged } from './judged-pairs';

// Our own judged pairs (judged-pairs-own.tsv, -own-2.tsv and -own-3.tsv, bulletins from
// test/fixtures/own-field-set.jsonl), matched in process as `npm run report:relevance` and
// `cli match` do, held to the targets that report prints. Each file was judged before the rules it
// led to. Accidental pairs are left that no general rule tells apart, so the accidental target is
// their count rather than 0: in the first, 检测平台 a new building will house, not the work; in the
// second, 保险 or 网络 only in a party's name (an insurer buying vehicle loss surveys, a 联通 branch's
// machine-room monitoring, two losing bidders 某网络科技/工程公司), the same place that carries the
// keyword for the six 网络 pairs where a network operator or contractor does network work; in the
// third, 环境 only in a bidder's or joint-venture member's name (某环境工程/生态环境公司 on drainage,
// sewage or 绿化 work, while the street-cleaning contractors 某环境服务公司 count as relevant) and an
// 环境影响报告书 as one milestone of a factory's progress card, worded as the relevant 环评 notices are.
const OWN_SET = join(__dirname, '../../test/fixtures/own-field-set.jsonl');

describe.each([
  { file: 'judged-pairs-own.tsv', accidentalLeft: 1 },
  { file: 'judged-pairs-own-2.tsv', accidentalLeft: 4 },
  { file: 'judged-pairs-own-3.tsv', accidentalLeft: 4 },
])('relevance of our own judged pairs ($file)', ({ file, accidentalLeft }) => {
  const pairs = readJudged(join(__dirname, file));
  const { missing, rows } = checkPairs(pairs, [OWN_SET]);
  const [relevant, accidental, boilerplate] = rows;

  it('finds every judged bulletin in our own set, each keyword with enough pairs', () => {
    expect(missing).toEqual([]);
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    // Before is a plain substring: every judged bulletin contains its keyword.
    for (const row of rows) expect(row['matched before']).toBe(row.pairs);
  });

  it('matches no more accidental substrings than the ones known', () => {
    expect(accidental['matched after']).toBeLessThanOrEqual(accidentalLeft);
  });

  it('matches at most half the boilerplate-only pairs', () => {
    expect(boilerplate['matched after']).toBeLessThanOrEqual(Math.floor(boilerplate['matched before'] / 2));
  });

  it('keeps at least 98 % of the relevant pairs', () => {
    expect(relevant['matched after'] / relevant['matched before']).toBeGreaterThanOrEqual(0.98);
  });
});
