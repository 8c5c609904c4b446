import { forestBureausIn } from './forest-bureaus';

const codes = (text: string) => forestBureausIn(text, []).map((b) => [b.start, b.end, b.entries.map((e) => e.code)]);

describe('forestBureausIn', () => {
  it('reads the county a state forest enterprise is named after', () => {
    expect(codes('汪清林业局有限公司森林防火物资采购')).toEqual([[0, 2, ['222424']]]);
    expect(codes('招标人：吉林森工集团和龙林业局')).toEqual([[10, 12, ['222406']]]);
    expect(codes('内蒙古大兴安岭重点国有林管理局阿尔山林业局')).toEqual([[15, 18, ['152202']]]);
  });

  it('reads nothing from a government forestry office or a stem no county has', () => {
    expect(codes('吉林省林业局')).toEqual([]);
    expect(codes('延吉市林业局')).toEqual([]);
    expect(codes('国家林业局')).toEqual([]);
  });

  it('reads a forest town weakly, and nothing where the stem is a county and another county’s town', () => {
    expect(forestBureausIn('图里河林业局', [])[0]?.entries.map((e) => e.kind)).toEqual(['townStem']);
    // 白河林业局 is in 安图县 (二道白河), not in 白河县 of 陕西; 白河镇 of other counties makes the stem unsure.
    expect(codes('白河林业局')).toEqual([]);
  });

  it('leaves a stem inside a longer name found there', () => {
    expect(forestBureausIn('汪清县林业局', [{ start: 0, end: 3 }])).toEqual([]);
    // The stem read alone as a short name is replaced by the enterprise's seat.
    expect(forestBureausIn('汪清林业局', [{ start: 0, end: 2 }])).toHaveLength(1);
  });
});
