import { replaceSuffixFirst, suffixFirstMatches, type SuffixFirstScan } from './suffix-first-scan';

// A small name pattern of the shape the scan is for: up to 6 name characters, then a suffix, one of
// them allowed only after 公司 (a lookbehind reaching before the name).
const SUFFIX = '(?:有限公司|公司|(?<=公司\\p{Script=Han}{1,3})加油站|厂(?!房))';
const SCAN: SuffixFirstScan = {
  name: new RegExp(`\\p{Script=Han}[\\p{Script=Han}0-9]{1,5}?${SUFFIX}`, 'uy'),
  suffix: new RegExp(SUFFIX, 'gu'),
  reach: 6,
};
const plain = (text: string): [number, string][] => [...text.matchAll(new RegExp(SCAN.name.source, 'gu'))].map((m) => [m.index, m[0]]);
const fast = (text: string): [number, string][] => [...suffixFirstMatches(text, SCAN)].map((m) => [m.index, m[0]]);

describe('suffixFirstMatches', () => {
  it('finds what a global scan finds: names too long for the pattern, suffixes in suffixes, lookarounds', () => {
    const cases = [
      '甲乙丙丁戊己庚有限公司',
      '甲有限公司乙丙有限公司，公司，有限公司',
      '石油公司东路加油站、加油站、甲乙加油站',
      '机械厂房，机械厂，12厂',
      '',
      '没有名字的句子',
    ];
    for (const text of cases) expect(fast(text)).toEqual(plain(text));
  });

  it('finds what a global scan finds on random texts of name characters, suffix pieces and breaks', () => {
    const pieces = ['甲', '乙', '1', '公司', '有限', '厂', '房', '加油站', '，', ' ', '𠀀'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: next() % 40 }, () => pieces[next() % pieces.length]).join('');
      expect(fast(text)).toEqual(plain(text));
    }
  });

  it('counts a character outside the basic plane as one and never starts inside it', () => {
    for (const text of ['𠀀𠀁𠀂𠀃𠀄有限公司', '𠀀𠀁𠀂𠀃𠀄𠀅有限公司', '，𠀀公司𠀁'] as const) expect(fast(text)).toEqual(plain(text));
  });

  it('may be used again between two matches of one scan', () => {
    const outer: string[] = [];
    for (const m of suffixFirstMatches('甲乙公司，丙丁公司', SCAN)) {
      outer.push(m[0]);
      expect(fast('戊己公司')).toEqual([[0, '戊己公司']]);
    }
    expect(outer).toEqual(['甲乙公司', '丙丁公司']);
  });
});

describe('replaceSuffixFirst', () => {
  it('replaces what a global replace replaces', () => {
    for (const text of ['甲乙公司与丙丁有限公司签约', '无名', '石油公司东路加油站'])
      expect(replaceSuffixFirst(text, SCAN, '|')).toBe(text.replace(new RegExp(SCAN.name.source, 'gu'), '|'));
  });
});
