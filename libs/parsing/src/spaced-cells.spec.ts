import { barSpacedTables } from './spaced-cells';
import { parseBulletin } from './bulletin-parser';

describe('barSpacedTables', () => {
  it('writes a space-parted header and its rows with bars between cells', () => {
    expect(barSpacedTables('中标结果:\n包号 中标人 中标金额(元)\n包1 甲公司 1,902,400.00\n包2 乙公司 1,300.00\n公示期3天')).toBe(
      '中标结果:\n包号|中标人|中标金额(元)\n包1|甲公司|1,902,400.00\n包2|乙公司|1,300.00\n公示期3天',
    );
  });

  it('leaves a line alone when no row as wide follows it, or when it holds figures', () => {
    expect(barSpacedTables('包号 中标人 中标金额\n公示期：三日')).toBe('包号 中标人 中标金额\n公示期：三日');
    expect(barSpacedTables('2037年 第二批 采购\n包1 甲公司 100')).toBe('2037年 第二批 采购\n包1 甲公司 100');
  });

  it('does not read a winner named after its county, in a tab-parted result table, as the site', () => {
    const body =
      '招标编号：CG0500ZJ2037-0089\n招标人：广东电网有限责任公司湛江供电局\n中标结果：\n包号\t中标人\t中标金额（元）\n包1\t廉江市安达电力安装有限公司\t1,902,400.00';
    expect(parseBulletin({ title: '湛江供电局配网工程中标结果公告', body }).regionPath).toEqual(['广东省', '湛江市']);
  });
});
