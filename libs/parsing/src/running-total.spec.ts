import { extractBudget } from './budget';
import { inRunningTotal } from './running-total';

describe('running totals in press reports', () => {
  const report = '今年以来，全县累计开工项目64个、总投资312亿元。\n本批集中开工项目共18个，总投资57亿元，其中产业项目11个。';

  it('knows a sentence that counts from a past time', () => {
    expect(inRunningTotal(report, report.indexOf('总投资312'))).toBe(true);
    expect(inRunningTotal(report, report.indexOf('总投资57'))).toBe(false);
  });

  it("reads the batch's investment, not the campaign's so far", () => {
    expect(extractBudget(report, { bidPricesQuoted: true })?.yuan).toBe(5_700_000_000);
  });
});
