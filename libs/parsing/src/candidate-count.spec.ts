import { countAfterLabel } from './candidate-count';
import { readWinners } from './winners';

describe('a count of names after a label', () => {
  it('is measured when a colon, comma, 如下, 依次 or the line end closes it', () => {
    expect(countAfterLabel('推荐中标候选人三名：第一名甲公司', 7)).toBe(2);
    expect(countAfterLabel('中标候选人共3家，依次为：', 5)).toBe(3);
    expect(countAfterLabel('入围供应商 5 家如下', 5)).toBe(4);
    expect(countAfterLabel('中标候选人三名\n1.甲公司', 5)).toBe(2);
  });

  it('is no count when words follow it', () => {
    expect(countAfterLabel('中标候选人三名投标人均未通过', 5)).toBe(0);
    expect(countAfterLabel('中标候选人：甲公司', 5)).toBe(0);
  });

  it('is no part of the first candidate, whose rank heads the list', () => {
    expect(
      readWinners(
        '经评审，推荐中标候选人三名：第一名甲路桥工程有限公司，投标报价7,253,180.00元；第二名乙建筑工程有限公司，投标报价7,286,400.00元。',
      ),
    ).toEqual(['甲路桥工程有限公司']);
  });

  it('leaves the names after it read as after the label', () => {
    expect(readWinners('推荐中标候选人3名：甲建设有限公司、乙建设有限公司、丙建设有限公司')).toEqual(['甲建设有限公司']);
    expect(readWinners('入围供应商3家：甲科技有限公司、乙科技有限公司、丙科技有限公司')).toEqual([
      '甲科技有限公司',
      '乙科技有限公司',
      '丙科技有限公司',
    ]);
  });
});
