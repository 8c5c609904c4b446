import { isPerUnitFigure } from './per-unit-figure';

describe('isPerUnitFigure', () => {
  const after = (text: string, figure: string) => isPerUnitFigure(text, text.indexOf(figure) + figure.length);

  it('sees a price per tonne, cubic metre or piece', () => {
    expect(after('最高限价185元/吨。', '185元')).toBe(true);
    expect(after('基本水价不高于2.65元／立方米', '2.65元')).toBe(true);
    expect(after('单价300元/套', '300元')).toBe(true);
  });

  it('leaves a sum per period and a plain sum alone', () => {
    expect(after('预算金额：90万元/年', '90万元')).toBe(false);
    expect(after('服务费12万元/月', '12万元')).toBe(false);
    expect(after('预算金额：120万元/两年', '120万元')).toBe(false);
    expect(after('最高限价：186万元。', '186万元')).toBe(false);
  });
});
