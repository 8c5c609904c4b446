import { officeSignatureBuyer } from './office-signature';
import { readParties } from './parties';

describe('officeSignatureBuyer', () => {
  it('reads the institution from its procurement office’s heading or footer line', () => {
    expect(officeSignatureBuyer('某某大学招标与采购中心\n询价公告\n询价编号：X-1')).toBe('某某大学');
    expect(officeSignatureBuyer('询价公告\n预算：10万元\n某某学院采购与招标管理办公室\n2034年1月2日')).toBe('某某学院');
    expect(officeSignatureBuyer('院内招标公告\n联系人：张老师\n某市第一人民医院招标办')).toBe('某市第一人民医院');
  });

  it('reads an institute’s name standing alone over the notice', () => {
    expect(officeSignatureBuyer('中国科学院某某研究所\n询价采购公告\n预算：15万元')).toBe('中国科学院某某研究所');
  });

  it('ignores a firm’s name and lines inside the text', () => {
    expect(officeSignatureBuyer('某某招标有限公司\n询价公告')).toBeNull();
    expect(officeSignatureBuyer('a\nb\nc\n某某大学招标与采购中心\nd\ne\nf')).toBeNull();
  });

  it('names the buyer before the short name in the title', () => {
    const text = '询价公告\n最高限价：10万元\n联系人：牛老师\n某州某岳大学采购与招标管理办公室\n2034年10月11日';
    expect(readParties(text, '某岳大计算机学院服务器询价公告', { titleFallback: true }).buyer).toBe('某州某岳大学');
  });
});
