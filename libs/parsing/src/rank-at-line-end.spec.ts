import { lineClosedByFirstRank, nameBeforeRankAtLineEnd } from './rank-at-line-end';

describe('nameBeforeRankAtLineEnd', () => {
  it('gives the name on the line a rank closes', () => {
    const text = '中标候选人：\n1、甲建设有限公司 投标报价1,200,000.00元 第一名\n2、乙建设有限公司 投标报价1,250,000.00元 第二名';
    const at = text.indexOf('第一名');
    expect(nameBeforeRankAtLineEnd(text, at, at + 3)).toBe('甲建设有限公司');
  });

  it('is null for a rank heading the line below, or one after a colon', () => {
    const heading = '中标候选人第一名\n投标人：甲建设有限公司';
    expect(nameBeforeRankAtLineEnd(heading, 5, 8)).toBeNull();
    const labelled = '甲建设有限公司 得分：92.5 排名第一';
    expect(nameBeforeRankAtLineEnd(labelled, labelled.indexOf('排名第一'), labelled.length)).toBeNull();
  });

  it('tells a line closed by a first rank', () => {
    const text = '乙建设有限公司  1,250,000.00元  第二名\n甲建设有限公司  1,200,000.00元  第一名';
    expect(lineClosedByFirstRank(text, 0)).toBe(false);
    expect(lineClosedByFirstRank(text, text.indexOf('甲'))).toBe(true);
  });
});
