import { readAmountAfter } from './amount-reader';
import { extractBudget } from './budget';
import { countsThings } from './count-figure';
import { displayText } from './display-text';

// The reader works on display text (half-width colons and brackets).
const after = (text: string, label: string) => readAmountAfter(displayText(text), label.length, null);

describe('countsThings', () => {
  it('takes a measure word right after the figure as a count', () => {
    expect(countsThings('套，预估金额3,180万元')).toBe(true);
    expect(countsThings(' 台')).toBe(true);
    expect(countsThings('公里')).toBe(true);
    expect(countsThings('kW')).toBe(true);
  });

  it('leaves money and words that only start like a measure', () => {
    expect(countsThings('元')).toBe(false);
    expect(countsThings('（含税）')).toBe(false);
    expect(countsThings('方案')).toBe(false);
    expect(countsThings('\n预算')).toBe(false);
    expect(countsThings(' 人民币360万元')).toBe(false);
    expect(countsThings('人次')).toBe(true);
  });
});

describe('reading a count under a money label', () => {
  it('reads no amount from a figure of sets', () => {
    expect(after('采购规模：约4.2万套', '采购规模')).toBeNull();
    expect(after('采购规模：1,200台', '采购规模')).toBeNull();
  });

  it('still reads 万 and 万元 as money', () => {
    expect(after('采购规模：约1,860万元', '采购规模')?.yuan).toBe(18_600_000);
    expect(after('预算：86万（含税）', '预算')?.yuan).toBe(860_000);
  });

  it('passes a size in sets on to the estimate in money after it', () => {
    const text = '2.预估采购规模：约4.2万套，预估金额（不含税）3,180万元。\n3.拟采用采购方式：公开招标';
    expect(extractBudget(text)?.yuan).toBe(31_800_000);
  });
});

describe('a figure in another notation before 人民币', () => {
  it('is still the budget', () => {
    expect(extractBudget(displayText('预算：CNY 3,600,000 人民币360万元（含税）'))?.yuan).toBe(3_600_000);
  });
});

describe('a rating after a figure', () => {
  it('is no money: voltage, peak watts, cell capacity', () => {
    expect(countsThings('kV升压站土建')).toBe(true);
    expect(countsThings('千伏送出线路')).toBe(true);
    expect(countsThings('Wp')).toBe(true);
    expect(countsThings('Ah电芯')).toBe(true);
    expect(countsThings('MWh')).toBe(true);
  });
});
