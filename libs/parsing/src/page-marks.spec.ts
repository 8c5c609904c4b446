import { parseBulletin } from './bulletin-parser';
import { dropPageMarks } from './page-marks';

describe('dropPageMarks', () => {
  it('drops page headers and footers of every common shape', () => {
    const text = '1 甲公司 100.00\n— 第 1 页 共 2 页 —\n某市公共资源交易中心 第 2 页\n- 3 -\n共5页 第2页\n2 乙公司 200.00';
    expect(dropPageMarks(text)).toBe('1 甲公司 100.00\n2 乙公司 200.00');
  });

  it('keeps lines that only mention a page in a field', () => {
    const text = '评分细则：详见招标文件第 12 页\n工期：120天';
    expect(dropPageMarks(text)).toBe(text);
  });

  it('lets a name broken by a page break be read whole', () => {
    const parsed = parseBulletin({
      title: '某路面工程中标候选人公示',
      body: '第一中标候选人：甲建设工程\n某市公共资源交易中心 第 2 页\n有限公司\n投标报价：1,234,567.00元',
    });
    expect(parsed.winners).toEqual(['甲建设工程有限公司']);
  });
});
