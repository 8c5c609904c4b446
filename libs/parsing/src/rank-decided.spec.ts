import { winnerDecidedByRank } from './rank-decided';

describe('winnerDecidedByRank', () => {
  it('gives the name of the candidate a decision names by its rank only', () => {
    const text =
      '第一中标候选人：甲建设有限公司，投标报价：1,200,000.00元\n第二中标候选人：乙建设有限公司，投标报价：1,250,000.00元\n第一中标候选人放弃中标，招标人确定第二中标候选人为中标人。';
    expect(winnerDecidedByRank(text)).toBe('乙建设有限公司');
    expect(winnerDecidedByRank('第一名：甲科技有限公司\n第二名：乙科技有限公司\n经核查，依法确定排名第二的成交候选人为成交供应商。')).toBe(
      '乙科技有限公司',
    );
  });

  it('reads a rank given as 第二名 alone', () => {
    const text =
      '第一名:甲建设有限公司,报价1,200,000.00元\n第二名:乙建设有限公司,报价1,250,000.00元\n甲建设有限公司放弃中标资格,由第二名递补为中标人。';
    expect(winnerDecidedByRank(text)).toBe('乙建设有限公司');
  });

  it('reads a candidate that moves up by itself (第二中标候选人顺延为中标人), its former rank opened by 原', () => {
    const ranking = '第一中标候选人:甲建设有限公司\n第二中标候选人:乙建设有限公司\n';
    expect(winnerDecidedByRank(`${ranking}第一中标候选人被取消中标资格,第二中标候选人顺延为中标人。`)).toBe('乙建设有限公司');
    expect(winnerDecidedByRank(`${ranking}经复核,确定原第二中标候选人为中标人。`)).toBe('乙建设有限公司');
  });

  it('passes over the rule a notice quotes, which decides nothing yet', () => {
    const text =
      '第一中标候选人：甲建设有限公司\n第二中标候选人：乙建设有限公司\n若第一中标候选人放弃中标，招标人可以确定第二中标候选人为中标人。';
    expect(winnerDecidedByRank(text)).toBeNull();
    const rule = '第一名:甲建设有限公司\n第二名:乙建设有限公司\n排名第一的中标候选人放弃中标的,招标人确定第二中标候选人为中标人。';
    expect(winnerDecidedByRank(rule)).toBeNull();
  });

  it('needs the ranking to name that rank', () => {
    expect(winnerDecidedByRank('第一中标候选人放弃中标，招标人确定第二中标候选人为中标人。')).toBeNull();
  });
});
