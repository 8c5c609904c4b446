import { estimateLeadsLabel } from './estimated-sum';
import { readResultAmount } from './award-amount';

describe('estimateLeadsLabel', () => {
  it('finds an estimate word right before the label', () => {
    const text = '中标下浮率:8%\n预估合同金额:200万元';
    expect(estimateLeadsLabel(text, text.indexOf('合同金额'))).toBe(true);
    const prose = '本项目预计年合同金额为200万元';
    expect(estimateLeadsLabel(prose, prose.indexOf('合同金额'))).toBe(true);
  });

  it('leaves a provisional or a plain contract label alone', () => {
    const provisional = '暂定合同金额:420,000元';
    expect(estimateLeadsLabel(provisional, provisional.indexOf('合同金额'))).toBe(false);
    const plain = '合同金额:420,000元';
    expect(estimateLeadsLabel(plain, 0)).toBe(false);
  });
});

describe('readResultAmount with an estimated contract sum', () => {
  const winner = ['某市政工程有限公司'];
  it('reads no award from an estimate beside a winning rate or unit price', () => {
    expect(readResultAmount('中标人:某市政工程有限公司\n中标下浮率:8%\n预计合同金额:200万元(按实结算)', winner)).toBeNull();
    expect(readResultAmount('中标人:某市政工程有限公司\n中标价:综合单价下浮8%，本项目预估合同金额为200万元', winner)).toBeNull();
  });

  it('still reads a provisional contract sum and a plain 合同价', () => {
    expect(readResultAmount('中标人:某市政工程有限公司\n暂定合同金额:420,000元', winner)).toBe(420000);
    expect(readResultAmount('中标人:某市政工程有限公司\n合同价:人民币壹拾贰万元整(￥120,000.00)', winner)).toBe(120000);
  });
});
