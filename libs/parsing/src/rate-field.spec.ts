import { withoutRateField } from './rate-field';

describe('withoutRateField', () => {
  it('drops a rate written after a gap at the end of a supplier line', () => {
    expect(withoutRateField('甲家具制造有限公司    优惠率：12%')).toBe('甲家具制造有限公司');
    expect(withoutRateField('乙汽车维修有限公司\t工时费折扣率 85%')).toBe('乙汽车维修有限公司');
    expect(withoutRateField('丙印务有限公司  下浮率:6.5%')).toBe('丙印务有限公司');
  });

  it('keeps lines whose end is no rate', () => {
    expect(withoutRateField('成交金额：12%')).toBe('成交金额：12%');
    expect(withoutRateField('甲家具制造有限公司    地址：某路8号')).toBe('甲家具制造有限公司    地址：某路8号');
    expect(withoutRateField('丁建设有限公司优惠率12%')).toBe('丁建设有限公司优惠率12%');
  });
});
