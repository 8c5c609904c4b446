import { extractBudget } from './budget';
import { inRunningTotal } from './running-total';

describe('running totals in press reports', () => {
  const report = '今年以来，全县累计开工项目64个、总投资312亿元。\n本批集中开工项目共18个，总投资57亿元，其中产业项目11个。';

  it('knows a sentence that counts from a past time', () => {
    expect(inRunningTotal(report, report.indexOf('总投资312'))).toBe(true);
    expect(inRunningTotal(report, report.indexOf('总投资57'))).toBe(false);
    const share = '截至目前已累计完成投资3.2亿元，占总投资5.6亿元的57%。';
    expect(inRunningTotal(share, share.indexOf('总投资'))).toBe(false);
    const spent = '近年来累计投入资金2.3亿元改造老旧小区。';
    expect(inRunningTotal(spent, spent.indexOf('投入'), true)).toBe(true);
  });

  it("reads the batch's investment, not the campaign's so far", () => {
    expect(extractBudget(report, { bidPricesQuoted: true })?.yuan).toBe(5_700_000_000);
  });
});
