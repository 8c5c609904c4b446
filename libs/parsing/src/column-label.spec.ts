import { cellUnderLabel } from './column-label';

describe('cellUnderLabel', () => {
  const table = '项目名称 | 采购人 | 代理机构\n某某设备采购 | 某某局 | 某某招标有限公司\n注：其他';
  const at = (label: string) => [table.indexOf(label), table.indexOf(label) + label.length] as const;

  it('gives the cell under a label that heads a column, even the last one', () => {
    expect(cellUnderLabel(table, ...at('代理机构'))).toBe('某某招标有限公司');
    expect(cellUnderLabel(table, ...at('采购人'))).toBe('某某局');
  });

  it('says nothing of a label in a field line or a sentence', () => {
    const text = '采购人：某某局 | 代理机构：某某招标有限公司 | 项目编号：X-01';
    expect(cellUnderLabel(text, text.indexOf('代理机构'), text.indexOf('代理机构') + 4)).toBeUndefined();
  });
});
