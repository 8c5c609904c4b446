import { nameFieldBelowRank } from './rank-heading';
import { readWinners } from './winners';

describe('nameFieldBelowRank', () => {
  it('passes over the name field under a rank heading', () => {
    const text = '中标候选人第一名\n投标人：某县安澜电力工程有限公司';
    expect(nameFieldBelowRank(text, '中标候选人第一名'.length)).toBe('\n投标人：'.length);
  });
  it('is 0 when the name follows the rank on its own line', () => {
    expect(nameFieldBelowRank('第一名：某县安澜电力工程有限公司', 3)).toBe(0);
  });
});

describe('readWinners: a rank heading over a name field', () => {
  it('reads the first-ranked name without its field label', () => {
    const text =
      '中标候选人第一名\n投标人：某县安澜电力工程有限公司\n投标报价（元）：1,862,400.00\n中标候选人第二名\n投标人：某市启明电建有限公司\n投标报价（元）：1,893,000.00';
    expect(readWinners(text)).toEqual(['某县安澜电力工程有限公司']);
  });
  it('reads 单位名称 under 第一名', () => {
    expect(readWinners('第一名\n单位名称：某市青石路桥有限公司\n报价：268.5万元\n第二名\n单位名称：某市远通公路有限公司')).toEqual([
      '某市青石路桥有限公司',
    ]);
  });
  it('reads a bare 单位 or 供应商 field under 中标候选人第一名', () => {
    const text =
      '中标候选人第一名\n单位：某县淮源水利工程有限公司\n投标报价：大写：肆佰叁拾贰万元整；小写：4320000.00元\n工期：180日历天\n中标候选人第二名\n单位：某市豫南建设工程有限公司';
    expect(readWinners(text)).toEqual(['某县淮源水利工程有限公司']);
    expect(readWinners('第一名\n供应商：某市青石科技有限公司\n报价：26.5万元')).toEqual(['某市青石科技有限公司']);
  });
});
