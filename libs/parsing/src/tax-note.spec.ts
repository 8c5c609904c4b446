import { readAwardAmount } from './award-amount';
import { labelExcludesTax, labelIncludesTax } from './tax-note';

describe('tax notes after an award label', () => {
  it('tells 不含税 from 含税, in brackets or opening the value', () => {
    expect(labelExcludesTax('成交总价(不含税)：113.8万元', 4)).toBe(true);
    expect(labelIncludesTax('成交总价(不含税)：113.8万元', 4)).toBe(false);
    expect(labelIncludesTax('成交总价(含税，万元)：128.6', 4)).toBe(true);
    expect(labelExcludesTax('中标金额：不含税价 1,046,800.00 元', '中标金额：'.length)).toBe(true);
    expect(labelExcludesTax('中标金额：1,046,800.00元(不含税)', 4)).toBe(false);
  });
});

describe('readAwardAmount: the award with and without tax', () => {
  it('reads the sum with tax, whichever comes first', () => {
    expect(readAwardAmount('成交供应商：甲金属材料有限公司\n成交总价(不含税)：113.8万元\n成交总价(含税)：128.6万元')).toBe(1286000);
    expect(readAwardAmount('中标金额(含税)：1,938,600.00元\n中标金额(不含税)：1,715,575.22元')).toBe(1938600);
  });

  it('reads the sum without tax when it is the only one', () => {
    expect(readAwardAmount('中标人：甲公司\n中标金额：不含税价 1,046,800.00 元，税率9%')).toBe(1046800);
    expect(readAwardAmount('包1 中标价格(不含税)：1,368,900.00元\n包2 中标价格(不含税)：1,124,560.00元')).toBe(1368900);
  });
});
