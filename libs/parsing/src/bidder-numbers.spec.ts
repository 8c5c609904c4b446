import { readWinnersOf } from './winners';

describe('readWinners: a winner named by its bidder number', () => {
  it('decodes "中标人：3号投标人" from the list of numbers below', () => {
    const text =
      '中标人：3号投标人\n中标价：3,154,200元\n投标人编号对照：\n1号：某某水利工程有限公司\n2号：某某建设有限公司\n3号：某某农业工程有限公司\n4号：某某农业开发有限公司';
    expect(readWinnersOf(text, [])).toEqual(['某某农业工程有限公司']);
  });

  it('decodes a first candidate written "投标人编号T05" from a table of numbers and names', () => {
    const text =
      '第一中标候选人：投标人编号T05，投标报价：2,687,450元\n第二中标候选人：投标人编号T02，投标报价：2,712,800元\n附：投标人编号与名称\nT02 | 某某电子工程有限公司\nT05 | 某某智能科技有限公司';
    expect(readWinnersOf(text, [])).toEqual(['某某智能科技有限公司']);
  });

  it('decodes a bidder letter (投标人B) and reads a name noted in brackets after the number', () => {
    const letter = '中标人：投标人B\n中标价：2,345,678元\n投标人代码对照：\n投标人A：某某建设有限公司\n投标人B：某某市政工程有限公司';
    expect(readWinnersOf(letter, [])).toEqual(['某某市政工程有限公司']);
    const noted =
      '第一中标候选人：2号(某某建设有限公司)，投标报价：1,234,000元\n第二中标候选人：5号(某某市政有限公司)，投标报价：1,256,000元';
    expect(readWinnersOf(noted, [])).toEqual(['某某建设有限公司']);
  });

  it('decodes the first row of a ranking that names its bidders only by number', () => {
    const text =
      '评标结果：\n排序 | 投标人编号 | 投标报价(元) | 得分\n1 | 03 | 2,345,678 | 92.5\n2 | 01 | 2,400,000 | 90.1\n开标记录：\n01 | 某某市政有限公司\n03 | 某某建设有限公司';
    expect(readWinnersOf(text, [])).toEqual(['某某建设有限公司']);
  });
});
