import { lineClosedByFirstRank, nameBeforeRankAtLineEnd } from './rank-at-line-end';

describe('nameBeforeRankAtLineEnd', () => {
  it('gives the name on the line a rank closes', () => {
    const text = '中标候选人：\n1、甲建设有限公司 投标报价1,200,000.00元 第一名\n2、乙建设有限公司 投标报价1,250,000.00元 第二名';
    const at = text.indexOf('第一名');
    expect(nameBeforeRankAtLineEnd(text, at, at + 3)).toBe('甲建设有限公司');
  });

  it('reads a line of fields closed by its rank', () => {
    const labelled = '中标候选人:甲建设有限公司,投标报价:1,200,000.00元,排名第一\n中标候选人:乙建设有限公司,排名第二';
    const at = labelled.indexOf('排名第一');
    expect(nameBeforeRankAtLineEnd(labelled, at, at + 4)).toBe('甲建设有限公司');
  });

  it('is null for a rank heading the line below, a rank in brackets, or a line of several firms', () => {
    const heading = '中标候选人第一名\n投标人：甲建设有限公司';
    expect(nameBeforeRankAtLineEnd(heading, 5, 8)).toBeNull();
    const noted = '中标候选人:乙建设有限公司(第二名)、甲建设有限公司(第一名)';
    expect(nameBeforeRankAtLineEnd(noted, noted.lastIndexOf('第一名'), noted.length - 1)).toBeNull();
    const two = '乙建设有限公司 甲建设有限公司 第一名';
    expect(nameBeforeRankAtLineEnd(two, two.indexOf('第一名'), two.length)).toBeNull();
  });

  it('tells a line closed by a first rank', () => {
    const text = '乙建设有限公司  1,250,000.00元  第二名\n甲建设有限公司  1,200,000.00元  第一名';
    expect(lineClosedByFirstRank(text, 0)).toBe(false);
    expect(lineClosedByFirstRank(text, text.indexOf('甲'))).toBe(true);
  });
});
