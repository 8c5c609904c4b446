import { decidingBuyer } from './deciding-buyer';
import { readParties } from './parties';

describe('decidingBuyer', () => {
  it('reads the buyer named where it decides the result', () => {
    expect(decidingBuyer('经评标委员会评审并经招标人某市某区住房和城乡建设局研究决定，甲建设工程有限公司为本项目中标人')).toBe(
      '某市某区住房和城乡建设局',
    );
    expect(decidingBuyer('经磋商小组评审，报采购人某县人民医院确认，成交供应商为某科技有限公司。')).toBe('某县人民医院');
  });

  it('names nobody when the label stands alone or the words are no name', () => {
    expect(decidingBuyer('经采购人确认，成交供应商为某科技有限公司。')).toBeNull();
    expect(decidingBuyer('经采购人代表和专家共同研究决定')).toBeNull();
  });

  it('gives the buyer of a result told in prose, after any labelled field', () => {
    const text =
      '某镇人居环境整治工程于2028年6月8日开标。经评标委员会评审并经招标人某市某区住房和城乡建设局研究决定，甲建设工程有限公司为本项目中标人。\n招标代理机构：某项目管理咨询有限公司';
    expect(readParties(text, '某镇人居环境整治工程中标结果公告', { titleFallback: true }).buyer).toBe('某市某区住房和城乡建设局');
    expect(readParties(`招标人：某县交通运输局\n${text}`, '', { titleFallback: true }).buyer).toBe('某县交通运输局');
  });
});
