import { governingCapitals } from './capitals-govern';
import { readAmountAfter } from './amount-reader';

const after = (text: string, label: string) => readAmountAfter(text, text.indexOf(label) + label.length, null)?.yuan;

describe('governingCapitals: capitals after a figure that disagree with it govern', () => {
  it('takes the capitals in brackets or after 大写 when a typo makes them differ', () => {
    expect(governingCapitals('（大写：叁佰伍拾陆万贰仟捌佰元整）', 3_526_800)).toBe(3_562_800);
    expect(governingCapitals(' 大写：壹佰贰拾捌万陆仟元整', 1_268_000)).toBe(1_286_000);
    expect(governingCapitals('（人民币壹佰贰拾叁万肆仟伍佰元整）', 1_243_500)).toBe(1_234_500);
  });

  it('keeps the figure when they agree, differ only by 角 and 分, or no capitals follow', () => {
    expect(governingCapitals('（大写：壹佰贰拾捌万陆仟元整）', 1_286_000)).toBeNull();
    expect(governingCapitals('（大写：叁拾万零柒拾元）', 300_070.5)).toBeNull();
    expect(governingCapitals('，工期：120日历天', 1_286_000)).toBeNull();
    expect(governingCapitals('壹佰贰拾捌万陆仟元整', 1_268_000)).toBeNull();
  });

  it('is read by readAmountAfter after the figure', () => {
    expect(after('中标价:¥3,526,800.00(大写:叁佰伍拾陆万贰仟捌佰元整)', '中标价')).toBe(3_562_800);
    expect(after('中标金额:352.68万元(大写:叁佰伍拾贰万陆仟捌佰元整)', '中标金额')).toBe(3_526_800);
  });
});
