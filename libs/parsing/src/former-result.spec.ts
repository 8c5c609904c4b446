import { currentValuesOfChanges, inFormerPartyNote, quotesFormerResult } from './former-result';

describe('quotesFormerResult', () => {
  it('marks a label after the former first rank of a winner replaced, not after the rank of the one taking over', () => {
    const text = '原排名第一的中标候选供应商甲公司被取消中标资格，由原第二中标候选供应商乙公司递补。';
    expect(quotesFormerResult(text, text.indexOf('中标候选供应商'))).toBe(true);
    expect(quotesFormerResult(text, text.lastIndexOf('中标候选供应商'))).toBe(false);
  });

  it('marks a label right after 原/变更前/更正前', () => {
    const text = '原中标人：甲公司\n变更前成交金额：5万元\n中标人：乙公司';
    expect(quotesFormerResult(text, text.indexOf('中标人'))).toBe(true);
    expect(quotesFormerResult(text, text.indexOf('成交金额'))).toBe(true);
    expect(quotesFormerResult(text, text.lastIndexOf('中标人'))).toBe(false);
  });

  it('marks every label of a line opened by 更正前, none of the line opened by 更正后', () => {
    const text = '更正前：成交供应商：甲公司，成交金额：50万元\n更正后：成交供应商：甲公司，成交金额：48万元';
    expect(quotesFormerResult(text, text.indexOf('成交金额'))).toBe(true);
    expect(quotesFormerResult(text, text.lastIndexOf('成交金额'))).toBe(false);
  });

  it('marks every label of a line opened by 原内容, none of the line opened by 更正后', () => {
    const text = '更正内容：\n原内容：成交供应商：甲消防工程有限公司\n更正后：成交供应商：甲泰消防工程有限公司';
    expect(quotesFormerResult(text, text.indexOf('成交供应商'))).toBe(true);
    expect(quotesFormerResult(text, text.lastIndexOf('成交供应商'))).toBe(false);
    const kept = '原内容不变。\n成交供应商：乙公司';
    expect(quotesFormerResult(kept, kept.indexOf('成交供应商'))).toBe(false);
  });

  it('marks the winner of the notice a withdrawal quotes (原公告的, 原公示中的)', () => {
    for (const text of ['原公告的中标供应商甲科技有限公司因提供虚假材料，中标无效。', '原公示中的成交供应商甲科技有限公司放弃成交。']) {
      const at = text.search(/中标供应商|成交供应商/u);
      expect(quotesFormerResult(text, at)).toBe(true);
    }
    const text = '本公告的中标供应商：甲科技有限公司';
    expect(quotesFormerResult(text, text.indexOf('中标供应商'))).toBe(false);
  });
});

describe('currentValuesOfChanges', () => {
  it('reads each row of a before/after table as its field and new value', () => {
    const text = '更正项 | 更正前 | 更正后\n中标供应商 | 甲公司 | 乙公司\n中标金额(元) | 1,186,000.00 | 1,203,500.00\n其他内容不变。';
    expect(currentValuesOfChanges(text)).toBe('更正项 | 更正前 | 更正后\n中标供应商:乙公司\n中标金额(元):1,203,500.00\n其他内容不变。');
  });

  it('reads a table whose old column is headed 原定 the same way', () => {
    const text = '更正事项 | 原定 | 变更后\n开标时间 | 2037年6月5日11:00 | 2037年6月12日11:00';
    expect(currentValuesOfChanges(text)).toBe('更正事项 | 原定 | 变更后\n开标时间:2037年6月12日11:00');
  });

  it('leaves other tables alone', () => {
    const text = '序号 | 供应商名称 | 中标金额\n1 | 甲公司 | 100';
    expect(currentValuesOfChanges(text)).toBe(text);
  });
});

describe('currentValuesOfChanges: a change told in one clause', () => {
  it('keeps only the new value of a field changed 由…更正为…', () => {
    expect(currentValuesOfChanges('更正内容：中标金额由“1,234,567.00元”更正为“1,243,567.00元”。')).toBe(
      '更正内容：中标金额:“1,243,567.00元”。',
    );
    expect(currentValuesOfChanges('中标人名称由甲建设工程有限公司变更为甲建设集团有限公司。')).toBe('中标人名称:甲建设集团有限公司。');
  });

  it('leaves a clause that changes no field alone', () => {
    expect(currentValuesOfChanges('本项目由某某局组织实施，变更为线上开标。')).toBe('本项目由某某局组织实施，变更为线上开标。');
  });
});

describe('inFormerPartyNote', () => {
  it('marks a price in the bracket after a former winner’s name', () => {
    const text = '本项目首次招标，原中标人甲路桥建设有限公司(中标价:¥4,683,250.00)因无法按期签订合同，已放弃中标资格。';
    expect(inFormerPartyNote(text, text.indexOf('中标价'))).toBe(true);
    expect(quotesFormerResult(text, text.indexOf('中标价'))).toBe(true);
    const other = '原成交供应商：乙科技有限公司（成交金额：128万元）';
    expect(inFormerPartyNote(other, other.indexOf('成交金额'))).toBe(true);
  });

  it('leaves the price of the winner a notice names now, and a bracket after another clause', () => {
    const text = '中标人：甲路桥建设有限公司(中标价:¥4,683,250.00)';
    expect(inFormerPartyNote(text, text.indexOf('中标价'))).toBe(false);
    const later = '原中标人甲公司放弃中标资格，依序确定乙建设有限公司(中标价:¥4,701,000.00)为中标人。';
    expect(inFormerPartyNote(later, later.indexOf('中标价'))).toBe(false);
  });
});

describe('currentValuesOfChanges: the old value under its label, the new under the verb', () => {
  it('gives the line under 更正为 the label of the 原 line above it', () => {
    const text = '原中标金额：人民币壹佰贰拾叁万元整（¥1,230,000.00）\n更正为：¥1,203,000.00\n其他内容不变。';
    expect(currentValuesOfChanges(text)).toBe(
      '原中标金额：人民币壹佰贰拾叁万元整（¥1,230,000.00）\n中标金额：¥1,203,000.00\n其他内容不变。',
    );
    expect(currentValuesOfChanges('原成交供应商：甲公司\n现：乙公司')).toBe('原成交供应商：甲公司\n成交供应商：乙公司');
  });

  it('leaves a 原 line with no new value under it alone', () => {
    const text = '原公告发布日期：2030年4月16日\n更正原因：金额录入错误。';
    expect(currentValuesOfChanges(text)).toBe(text);
  });
});
