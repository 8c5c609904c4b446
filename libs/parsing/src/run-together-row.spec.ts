import { readResultAmount } from './award-amount';
import { amountBelowRunTogetherHeader, amountInRunTogetherRow } from './run-together-row';

describe('amountInRunTogetherRow', () => {
  const at = (text: string, label: string) => {
    const start = text.indexOf(label);
    return amountInRunTogetherRow(text, start, start + label.length);
  };

  it('reads the cell at the amount header place, in the header unit, past an address cell', () => {
    const text = '中标(成交)信息 供应商名称 供应商地址 中标(成交)金额(万元) 某某科技有限公司 某市某区某路1号 158.39';
    expect(at(text, '中标(成交)金额')).toBe(1583900);
  });

  it('never reads the row number after the header as the amount', () => {
    const text = '成交结果:序号 供应商名称 成交金额(万元) 服务期限 1 某某物业服务有限公司 95.8 12个月';
    expect(at(text, '成交金额')).toBe(958000);
  });

  it('leaves a labelled field and a header alone on its line to the other readers', () => {
    expect(at('中标金额 1,230,000.00元', '中标金额')).toBeUndefined();
    expect(at('中标金额(元)\n1 某某科技有限公司 86,000.00', '中标金额')).toBeUndefined();
  });
});

describe('readResultAmount: a one-line flattened result table', () => {
  it('reads the award where the address stands between the name and the amount', () => {
    const text =
      '项目编号:XX-2027-001\n供应商名称 供应商地址 中标金额(元) 某某科技有限公司 某市某区某路1号 1,583,900.00\n代理服务费:12,000.00元';
    expect(readResultAmount(text, ['某某科技有限公司'])).toBe(1583900);
  });
});

describe('amountBelowRunTogetherHeader: header and row each run into a line, tags stripped without separators', () => {
  const at = (text: string, label: string) => {
    const start = text.indexOf(label);
    return amountBelowRunTogetherHeader(text, start, start + label.length);
  };

  it('reads the figure closing the row below a header the amount closes, in its unit', () => {
    expect(at('供应商名称供应商地址成交金额(元)\n某某科技有限公司某市某路18号286,450.00\n', '成交金额')).toBe(286450);
    expect(at('中标人名称中标金额(万元)\n某某建设工程有限公司158.39\n', '中标金额')).toBe(1583900);
  });

  it('leaves spaced rows, labelled fields and headers the amount does not close to the other readers', () => {
    expect(at('供应商名称供应商地址成交金额(元)\n某某科技有限公司 某市某路18号 286,450.00\n', '成交金额')).toBeUndefined();
    expect(at('成交金额(元)工期\n某某科技有限公司286,450.0090\n', '成交金额')).toBeUndefined();
    expect(at('成交信息\n成交金额：286,450.00元\n', '成交金额')).toBeUndefined();
  });

  it('gives the result its award', () => {
    const text = '项目编号：CG-01\n供应商名称供应商地址成交金额(元)\n某某厨具设备有限公司某市某路8号96,300.00\n采购人：某县中学';
    expect(readResultAmount(text, ['某某厨具设备有限公司'])).toBe(96300);
  });
});
