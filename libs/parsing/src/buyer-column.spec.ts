import { buyerColumn } from './buyer-column';

describe('buyerColumn', () => {
  it('reads the buyer from its column, wherever it stands', () => {
    expect(buyerColumn('序号 | 项目名称 | 预算金额（万元） | 采购单位\n1 | 路灯维修 | 18 | 某市城市管理局')).toBe('某市城市管理局');
    expect(buyerColumn('采购人 | 项目名称 | 预算金额\n某区人民医院 | 病房改造 | 900000')).toBe('某区人民医院');
  });

  it('reads a table whose cells are split by spaces (tabs of a spreadsheet paste)', () => {
    expect(buyerColumn('序号 采购单位 采购项目名称 预算金额(万元)\n1 某县教育局 取暖燃料采购 64.5\n2 某县第二中学 一体机更新 56.8')).toBe(
      '某县教育局',
    );
    expect(buyerColumn('请 采购单位 于 2028年6月 前报送\n某县教育局 取暖燃料采购 64.5')).toBeNull();
    expect(buyerColumn('采购单位：某县教育局 联系人：张某\n某县第二中学 一体机更新 56.8')).toBeNull();
  });

  it('reads nothing when the cell is not a whole name or there is no such column', () => {
    expect(buyerColumn('序号 | 项目名称 | 采购单位 | 预算\n1 | 路灯维修 | 详见附件 | 18万元')).toBeNull();
    expect(buyerColumn('序号 | 项目名称 | 预算金额\n1 | 路灯维修 | 18万元')).toBeNull();
  });
});
