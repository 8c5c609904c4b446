import { joinBrokenLabels } from './broken-label';

describe('joinBrokenLabels', () => {
  it('sets a label broken before its colon back on one line', () => {
    expect(joinBrokenLabels('项目编\n号：HL-2031-0217\n预算金\n额：壹佰零伍万零叁佰元整')).toBe(
      '项目编号：HL-2031-0217\n预算金额：壹佰零伍万零叁佰元整',
    );
    expect(joinBrokenLabels('供应商名\n称：甲公司\n中标(成交)金\n额：638,900.00(元)')).toBe(
      '供应商名称：甲公司\n中标(成交)金额：638,900.00(元)',
    );
  });

  it('sets a party heading broken after its list number back on one line', () => {
    expect(joinBrokenLabels('1. 采购\n人信息\n名称：甲学校\n2. 采购代理\n机构信息\n名称：乙公司')).toBe(
      '1. 采购人信息\n名称：甲学校\n2. 采购代理机构信息\n名称：乙公司',
    );
  });

  it('leaves a heading above a label, a label above its value and lines that are no label', () => {
    const text = '三、中标信息\n名称：甲公司\n中标信息\n供应商名称：甲公司\n采购人\n地址：某路1号\n项目概况\n本项目位于某镇';
    expect(joinBrokenLabels(text)).toBe(text);
    expect(joinBrokenLabels('中标人\n甲公司')).toBe('中标人\n甲公司');
  });
});

describe('joinBrokenLabels after a line left alone', () => {
  it('still joins a label broken on the line below a whole heading', () => {
    expect(joinBrokenLabels('中标信息\n供应商名\n称：甲公司')).toBe('中标信息\n供应商名称：甲公司');
  });
});
