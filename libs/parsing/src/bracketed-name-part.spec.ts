import { bracketedNamePart } from './bracketed-name-part';
import { supplierNamesIn } from './org-names';

describe('bracketedNamePart', () => {
  it('reads a legal form in brackets back onto the name it stands inside', () => {
    const text = '中标候选人：某某城乡建设(集团)有限责任公司';
    expect(bracketedNamePart(text, text.indexOf(')'), '某某城乡建设(集团')).toBe(')有限责任公司');
    expect(supplierNamesIn('第二名：某某建材科技(集团)股份有限公司')).toEqual(['某某建材科技(集团)股份有限公司']);
  });

  it("reads a group's company named by its place in brackets, a province or a city", () => {
    expect(supplierNamesIn('中标候选人：某某建设集团(北京)市政工程有限公司')).toEqual(['某某建设集团(北京)市政工程有限公司']);
    expect(supplierNamesIn('投标人：某某交通集团(深圳)路桥有限公司')).toEqual(['某某交通集团(深圳)路桥有限公司']);
    expect(supplierNamesIn('投标人：某某电气集团(中国)有限公司')).toEqual(['某某电气集团(中国)有限公司']);
  });

  it('leaves a role note after a group, and the firm named after it, apart', () => {
    expect(supplierNamesIn('某某建设集团(牵头人)与某某设计有限公司组成的联合体')).toContain('某某设计有限公司');
    expect(bracketedNamePart('某某建设集团(成员)某某有限公司', 10, '某某建设集团(成员)')).toBe('');
  });
});
