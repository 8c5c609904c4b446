import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suffixFirstMatches, type SuffixFirstScan } from '@app/text';
import { SUPPLIER_NAME } from './org-names';

const OWN_SET = join(__dirname, '../../../test/fixtures/own-field-set.jsonl');

/** The plain scan the suffix-first one must equal: every match of the name pattern made global. */
function plain(text: string, scan: SuffixFirstScan): [number, string][] {
  return [...text.matchAll(new RegExp(scan.name.source, 'gu'))].map((m) => [m.index, m[0]]);
}
const fast = (text: string, scan: SuffixFirstScan): [number, string][] => [...suffixFirstMatches(text, scan)].map((m) => [m.index, m[0]]);

describe('the supplier name pattern, found suffix first', () => {
  it('finds what a global scan finds, on every title and body of our own set', () => {
    const texts = readFileSync(OWN_SET, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => {
        const row = JSON.parse(l) as { title: string | null; body: string };
        return [row.title ?? '', row.body];
      });
    expect(texts.length).toBeGreaterThan(1000);
    let names = 0;
    for (const text of texts) {
      const want = plain(text, SUPPLIER_NAME);
      names += want.length;
      expect(fast(text, SUPPLIER_NAME)).toEqual(want);
    }
    expect(names).toBeGreaterThan(1000);
  });

  it('holds on names longer than its reach, suffixes inside suffixes and suffixes behind a lookbehind', () => {
    const cases = [
      `${'青'.repeat(60)}有限公司`,
      '甲乙丙建设有限公司乙丙丁有限责任公司',
      '某石油有限公司青禾路加油站，网上超市，某某超市',
      '某某机械厂房改造，某某机械厂(普通合伙)，某公司(¥12,000.00)',
      '，公司，有限公司；中标人：a公司 b有限公司',
      `${'𠀀'.repeat(39)}有限公司 ${'𠀀'.repeat(40)}有限公司 ${'𠀀'.repeat(41)}有限公司`,
    ];
    for (const text of cases) expect(fast(text, SUPPLIER_NAME)).toEqual(plain(text, SUPPLIER_NAME));
  });
});
