import { cellUnderLabel } from './column-label';

describe('cellUnderLabel', () => {
  const table = '项目名称 | 采购人 | 代理机构\n某某设备采购 | 某某局 | 某某招标有限公司\n注：其他';
  const at = (label: string) => [table.indexOf(label), table.indexOf(label) + label.length] as const;

  it('gives the cell under a label that heads a column, even the last one', () => {
    expect(cellUnderLabel(table, ...at('代理机构'))).toBe('某某招标有限公司');
    expect(cellUnderLabel(table, ...at('采购人'))).toBe('某某局');
  });

  it('says nothing of a label whose own name stands in the next cell, as in a form laid out in pairs', () => {
    const form = '采购人 | 某某区农业农村委员会 | 采购代理机构 | 某某招标代理有限公司\n项目编号 | QJ-01 | 采购方式 | 竞争性磋商';
    expect(cellUnderLabel(form, form.indexOf('采购人'), form.indexOf('采购人') + 3)).toBeUndefined();
    expect(cellUnderLabel(form, form.indexOf('采购代理机构'), form.indexOf('采购代理机构') + 6)).toBeUndefined();
  });

  it('says nothing of a label in a field line or a sentence', () => {
    const text = '采购人：某某局 | 代理机构：某某招标有限公司 | 项目编号：X-01';
    expect(cellUnderLabel(text, text.indexOf('代理机构'), text.indexOf('代理机构') + 4)).toBeUndefined();
  });
});
