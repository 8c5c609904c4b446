import { labelOrdinalLength, laterCandidateNumber } from './label-ordinal';

describe('labelOrdinalLength', () => {
  it('measures a number written between a winner’s label and its colon', () => {
    expect(labelOrdinalLength('中选人一：甲公司', 3)).toBe(1);
    expect(labelOrdinalLength('中标人2：乙公司', 3)).toBe(1);
    expect(labelOrdinalLength('成交供应商(二)：丙公司', 5)).toBe(3);
    expect(labelOrdinalLength('中选人 12 ：丁公司', 3)).toBe(3);
  });

  it('is 0 when no number stands right before the colon', () => {
    expect(labelOrdinalLength('中选人：甲公司', 3)).toBe(0);
    expect(labelOrdinalLength('中标人一家公司：', 3)).toBe(0);
    expect(labelOrdinalLength('中标人20250001号', 3)).toBe(0);
  });
});

describe('laterCandidateNumber', () => {
  it('tells a candidate label numbered past the first', () => {
    expect(laterCandidateNumber('成交候选供应商', '成交候选供应商二：乙公司', 7)).toBe(true);
    expect(laterCandidateNumber('成交候选供应商', '成交候选供应商(1)：甲公司', 7)).toBe(false);
    expect(laterCandidateNumber('中选人', '中选人二：乙公司', 3)).toBe(false);
  });
});
