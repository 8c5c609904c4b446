import { roleRowName } from './role-row';

const at = (text: string, label: string) => {
  const start = text.indexOf(label);
  return roleRowName(text, start, start + label.length);
};

describe('roleRowName', () => {
  const table = '角色 | 名称 | 地址 | 电话\n采购人 | 某街道办事处 | 某村 | 0591-1\n采购代理机构 | 某某咨询有限公司 | 某路 | 0591-2';

  it('reads the 名称 cell of the row the role opens, under a header two rows up too', () => {
    expect(at(table, '采购人')).toBe('某街道办事处');
    expect(at(table, '采购代理机构')).toBe('某某咨询有限公司');
  });

  it('is undefined for a label that opens no row of such a table', () => {
    expect(at('采购人：某局\n地址：某路', '采购人')).toBeUndefined();
    expect(at('序号 | 采购人 | 预算\n1 | 某局 | 10万元', '采购人')).toBeUndefined();
    expect(at('角色 | 地址 | 电话\n采购人 | 某村 | 0591-1', '采购人')).toBeUndefined();
  });
});
