import { consortiumBeforeNote } from './noted-consortium';

describe('consortiumBeforeNote', () => {
  it('gives the whole consortium a rank note in brackets follows', () => {
    const text = '中标候选人：甲建设集团有限公司(牵头人)与乙设计院有限公司(成员)组成的联合体(第一名，投标报价12,000,000.00元)';
    expect(consortiumBeforeNote(text, text.indexOf('(第一名'))).toBe('甲建设集团有限公司(牵头人)与乙设计院有限公司(成员)组成的联合体');
  });

  it('is null before a note on one firm', () => {
    const text = '中标候选人：甲建设有限公司(第一名)、乙建设有限公司(第二名)';
    expect(consortiumBeforeNote(text, text.indexOf('(第一名'))).toBeNull();
  });
});
