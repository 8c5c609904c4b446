import { parseBulletin } from './bulletin-parser';
import { repairScanText } from './scan-ocr';

describe('repairScanText', () => {
  it('reads 釆 as the 采 of 采购', () => {
    expect(repairScanText('釆购人：某县中医院\n釆购预算：30万元')).toBe('采购人：某县中医院\n采购预算：30万元');
  });

  it('reads O and l inside dates, times and money as 0 and 1', () => {
    expect(repairScanText('截止时间：2O38年1l月2O日9:3O')).toBe('截止时间：2038年11月20日9:30');
    expect(repairScanText('开标时间：2038年3月2l日l0时00分，下午2：3O')).toBe('开标时间：2038年3月21日10时00分，下午2：30');
    expect(repairScanText('金额：1,O86,OOO.OO元，小写：l23,5OO元')).toBe('金额：1,086,000.00元，小写：123,500元');
  });

  it('leaves codes, Latin words and names with one digit as written', () => {
    const text = '项目编号：ABO-2038-lO7\n标准：ISO9001\n供应商：某某O2O网络科技有限公司\n型号：Model 3O';
    expect(repairScanText(text)).toBe(text);
  });

  it('closes up a figure set one character apart, but not a table parted by runs of spaces', () => {
    expect(repairScanText('预 算 金 额：1 2 8 . 5 0 万元')).toBe('预 算 金 额：128.50 万元');
    expect(repairScanText('投标报价：2 ,3 1 8 ,6 5 4 .0 0元')).toBe('投标报价：2,318,654.00元');
    expect(repairScanText('截止：2038年9月5日 1 0 : 0 0')).toBe('截止：2038年9月5日 10:00');
    expect(repairScanText('1    电脑    2    3    台')).toBe('1    电脑    2    3    台');
    expect(repairScanText('第 1 页 共 3 页')).toBe('第 1 页 共 3 页');
  });

  it('stops a spaced figure before the next cell once the spacing is tidied', () => {
    expect(repairScanText('1 垃圾车 4 5 0 , O O O 2O38年9月')).toBe('1 垃圾车 450,000 2038年9月');
  });

  it('reads a Y before a money figure, and a doubled ¥, as one ￥', () => {
    expect(repairScanText('中标金额：Y1,O86,OOO.OO元')).toBe('中标金额：￥1,086,000.00元');
    expect(repairScanText('采购预算：壹拾万元整（Y100,000.00）')).toBe('采购预算：壹拾万元整（￥100,000.00）');
    expect(repairScanText('最高限价：¥¥86,2OO元')).toBe('最高限价：¥86,200元');
    expect(repairScanText('项目编号：Y2038-01')).toBe('项目编号：Y2038-01');
  });
});

describe('parseBulletin on a scan read by OCR', () => {
  it('reads the budget, deadline and buyer through the damage', () => {
    const parsed = parseBulletin({
      title: '某县第三人民医院监护仪釆购项目招标公告',
      body: '釆购人：某县第三人民医院\n预 算 金 额：4 5 . 6 万元\n第 1 页 共 2 页\n投标截止时间：2O38年1O月l2日9时3O分',
    });
    expect(parsed.buyer).toBe('某县第三人民医院');
    expect(parsed.budgetYuan).toBe(456000);
    expect(parsed.deadlineAt?.toISOString()).toBe('2038-10-12T01:30:00.000Z');
  });

  it('reads the award of a result through a Y and letters in the figure', () => {
    const parsed = parseBulletin({
      title: '某镇卫生院设备釆购中标公告',
      body: '釆购人：某镇卫生院\n中标供应商：某某医疗器械有限公司\n中标金额：Y3 8 2 , 6 O O . O O',
    });
    expect(parsed.winners).toEqual(['某某医疗器械有限公司']);
    expect(parsed.awardYuan).toBe(382600);
  });
});
