import { partyColumnsApart } from './party-columns';
import { parseBulletin } from './bulletin-parser';

describe('partyColumnsApart', () => {
  it('moves the cells under a winner column after the text, under a party label', () => {
    expect(partyColumnsApart('包号 | 中标人 | 中标金额(元)\n包1 | 甲县某公司 | 100.00\n联系地址：乙市某路1号')).toBe(
      '包号 | 中标人 | 中标金额(元)\n包1||100.00\n联系地址：乙市某路1号\n供应商：甲县某公司',
    );
  });

  it('reads candidate, ranked and supplier-name columns as parties, the buyer’s column not', () => {
    const out = partyColumnsApart('序号|采购单位|第一中标候选人|供应商名称\n1|甲市某局|乙县某公司|丙县某公司');
    expect(out).toBe('序号|采购单位|第一中标候选人|供应商名称\n1|甲市某局||\n供应商：乙县某公司、丙县某公司');
  });

  it('leaves a text without a party column as it is', () => {
    const text = '包号|交货地点|数量\n包1|某县仓库|3';
    expect(partyColumnsApart(text)).toBe(text);
  });

  it('does not read a winner named after its county, in a result table, as the site', () => {
    const body =
      '招标编号：CG0500ZJ2037-0089\n招标人：广东电网有限责任公司湛江供电局\n中标结果：\n包号 | 中标人 | 中标金额（元）\n包1 | 廉江市安达电力安装有限公司 | 1,902,400.00';
    expect(parseBulletin({ title: '湛江供电局配网工程中标结果公告', body }).regionPath).toEqual(['广东省', '湛江市']);
  });
});
