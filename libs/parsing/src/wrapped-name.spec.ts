import { wrappedNameAt } from './wrapped-name';

describe('wrappedNameAt', () => {
  it('joins a name wrapped over the label line and the next', () => {
    expect(wrappedNameAt('：某某园林绿化\n工程有限公司\n地址：某路', 0)).toBe('某某园林绿化工程有限公司');
  });

  it('joins a wrapped name that starts on the line below its label', () => {
    expect(wrappedNameAt('：\n甲建设工程\n有限公司\n中标金额：1元', 0)).toBe('甲建设工程有限公司');
    expect(wrappedNameAt('：\n甲建设有限公司\n乙建设有限公司', 0)).toBeNull();
  });

  it('leaves a whole name on the label line and a next line that is a field alone', () => {
    expect(wrappedNameAt('：甲有限公司\n乙有限公司', 0)).toBeNull();
    expect(wrappedNameAt('：某某园林绿化\n地址：某路1号', 0)).toBeNull();
    expect(wrappedNameAt('：详见附件\n合格', 0)).toBeNull();
  });
});
