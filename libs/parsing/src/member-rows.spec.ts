import { joinMemberRows } from './member-rows';
import { readWinnersOf } from './winners';

describe('joinMemberRows', () => {
  it('joins a member on a row of its own into its leader cell above', () => {
    const text =
      '| 中标候选人 | 投标人名称 | 投标报价(元) |\n| 第一中标候选人 | 甲设计研究院有限公司(联合体牵头人) | 21,684,300.00 |\n' +
      '|  | 乙建工集团有限公司(联合体成员) |  |\n| 第二中标候选人 | 丙建设工程有限公司 | 21,906,000.00 |';
    expect(joinMemberRows(text)).toBe(
      '| 中标候选人 | 投标人名称 | 投标报价(元) |\n| 第一中标候选人 | 甲设计研究院有限公司(联合体牵头人)/乙建工集团有限公司(联合体成员) | 21,684,300.00 |\n' +
        '| 第二中标候选人 | 丙建设工程有限公司 | 21,906,000.00 |',
    );
    expect(readWinnersOf(joinMemberRows(text), [])).toEqual(['甲设计研究院有限公司', '乙建工集团有限公司']);
  });

  it('joins a member line left alone once a tab table is tidied into spaces', () => {
    const text =
      '中标候选人 投标人名称 投标报价(元)\n第一中标候选人 甲设计研究院有限公司(牵头人) 21,684,300.00\n乙建工集团有限公司(成员)\n第二中标候选人 丙建设有限公司 21,906,000.00';
    expect(readWinnersOf(joinMemberRows(text), [])).toEqual(['甲设计研究院有限公司', '乙建工集团有限公司']);
  });

  it('joins two members in a tab table, each on its own row', () => {
    const text =
      '排名\t投标人\t投标报价\n1\t甲建设有限公司(牵头人)\t8,650,000.00\n\t乙勘察院有限公司(成员)\t\n\t丙设计院有限公司(成员单位)\t\n2\t丁建设有限公司\t8,720,000.00';
    expect(readWinnersOf(joinMemberRows(text), [])).toEqual(['甲建设有限公司', '乙勘察院有限公司', '丙设计院有限公司']);
  });

  it('leaves rows whose name above carries no role note, and lines with more than one filled cell', () => {
    const plain = '| 1 | 甲建设有限公司 | 100,000.00 |\n|  | 乙建设有限公司(联合体成员) |  |';
    expect(joinMemberRows(plain)).toBe(plain);
    const full = '| 1 | 甲建设有限公司(牵头人) | 100,000.00 |\n| 2 | 乙建设有限公司(成员) | 120,000.00 |';
    expect(joinMemberRows(full)).toBe(full);
  });
});
