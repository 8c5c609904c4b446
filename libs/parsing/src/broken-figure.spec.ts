import { joinBrokenFigures } from './broken-figure';

describe('joinBrokenFigures', () => {
  it('joins a figure broken after a thousands comma', () => {
    expect(joinBrokenFigures('中标金额：1,386,\n450.00元')).toBe('中标金额：1,386,450.00元');
  });

  it('joins a figure broken inside a thousands group', () => {
    expect(joinBrokenFigures('预算金额：3,57\n8,000.00元\n最高限价：3,578,000.00元')).toBe(
      '预算金额：3,578,000.00元\n最高限价：3,578,000.00元',
    );
  });

  it('joins a figure in brackets after a currency sign', () => {
    expect(joinBrokenFigures('中标金额：壹佰捌拾柒万贰仟陆佰元整（¥1,872,\n600.00）')).toBe(
      '中标金额：壹佰捌拾柒万贰仟陆佰元整（¥1,872,600.00）',
    );
  });

  it('leaves a whole figure and the next line apart', () => {
    const text = '预算金额：3,578,000.00\n2.采购需求';
    expect(joinBrokenFigures(text)).toBe(text);
  });

  it('leaves halves that would not group by thousands apart', () => {
    const text = '数量：1,38\n4500元';
    expect(joinBrokenFigures(text)).toBe(text);
  });

  it('leaves a list of numbers separated by commas apart', () => {
    const text = '标段：1,2,\n3';
    expect(joinBrokenFigures(text)).toBe(text);
  });
});
