import { readAwardAmount } from './award-amount';
import { firstCellBelowVertical } from './vertical-table';

const TABLE =
  '三、中标(成交)信息\n序号\n中标供应商名称\n中标供应商地址\n中标金额(元)\n1\n某某信息技术有限公司\n某市某路8号\n498,600.00\n四、主要标的信息';

describe('firstCellBelowVertical', () => {
  it('reads the first row under a header written one cell a line', () => {
    expect(firstCellBelowVertical(TABLE, TABLE.indexOf('中标金额'))).toBe('498,600.00');
    expect(firstCellBelowVertical(TABLE, TABLE.indexOf('中标供应商名称'))).toBe('某某信息技术有限公司');
    expect(readAwardAmount(TABLE)).toBe(498_600);
  });

  it('starts the header at 序号, leaving a caption line above it out', () => {
    const captioned = '成交信息\n序号\n成交供应商\n成交金额(元)\n服务期\n1\n某某物业服务有限公司\n1,236,000.00\n一年\n采购人:某某中学';
    expect(firstCellBelowVertical(captioned, captioned.indexOf('成交金额'))).toBe('1,236,000.00');
    expect(readAwardAmount(captioned)).toBe(1_236_000);
  });

  it('reads nothing when the row is cut short or the label shares its line', () => {
    expect(firstCellBelowVertical('序号\n中标金额(元)\n1\n四、其他', 3)).toBeNull();
    expect(firstCellBelowVertical('中标金额:见附件\n1', 0)).toBeNull();
  });
});
